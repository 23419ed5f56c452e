"""呼和浩特市 (150100), first half of 2024 (003): the review of the first half and the plan
for the second half, beyond the headline figures in build_from_seeds.py."""
from factlib import Doc

F3 = "003_6b4efc365c0ae26d.txt"
H1 = "Hohhot first-half 2024 report (003); 截至目前/上半年 read as the first half of 2024."
YEAR = ("Hohhot first-half 2024 report (003), plan for the rest of the year (年内/全年/年底前/到2024年底): "
        "a target for 2024 as a whole.")
H2 = "Hohhot first-half 2024 report (003): 确保下半年完成 (second-half 2024 target)."


def add(reg):
    d = Doc(reg, F3, "league", "150100", "呼和浩特市", "2024-H1", "上半年", notes=H1)
    d.f("key_policy_projects", "纳入自治区落实国务院意见重点项目清单的重大项目", "Major projects on the State Council list",
        "项", "33", "我市纳入自治区落实国务院意见重点项目清单中的33项重大项目")
    d.f("key_policy_projects_completed", "清单项目已建设完成", "Listed projects completed", "个", "3",
        "中行金融科技中心等3个项目已建设完成")
    d.f("key_policy_projects_started", "清单项目已开工建设", "Listed projects under construction", "个", "22",
        "大黑河水生态环境质量提升工程等22个项目已开工建设")
    d.f("emerging_industry_reserve_projects", "战略性新兴产业项目储备库项目", "Strategic emerging industry reserve projects",
        "个", "167", "全市列入战略性新兴产业项目储备库项目167个")
    d.f("emerging_industry_reserve_investment", "战略性新兴产业储备项目总投资", "Total investment of reserve projects",
        "亿元", "2012", "项目储备库项目167个,总投资2012亿元")
    d.f("strong_capital_subsidy", "强首府补助资金", "强首府 subsidy from the region", "亿元", "40",
        "自治区下达强首府补助资金40亿元")
    d.f("state_firms_listing_reserve_new", "新增进入自治区上市企业后备库企业", "State firms added to the listing reserve",
        "户", "3", "新增3户企业进入自治区上市企业后备库")
    d.f("western_development_tax_relief_firms", "西部大开发减免所得税企业", "Firms given western-development tax relief",
        "户", "174", "为174户企业减免所得税22.4亿元")
    d.f("western_development_tax_relief", "西部大开发减免所得税", "Western-development income tax relief", "亿元", "22.4",
        "为174户企业减免所得税22.4亿元")
    d.f("beijing_cooperation_funds", "京蒙协作资金", "Beijing–Inner Mongolia cooperation funds", "亿元", "0.46",
        "获批2024年度京蒙协作资金0.46亿元")
    d.f("beijing_cooperation_projects", "京蒙协作实施项目", "Beijing–Inner Mongolia cooperation projects", "个", "15",
        "京蒙协作资金0.46亿元、实施项目15个")
    d.f("yellow_river_reserve_projects", "黄河流域生态保护储备项目", "Yellow River protection reserve projects", "个", "40",
        "黄河流域生态保护和高质量发展方面,储备项目40个")
    d.f("yellow_river_projects_funding_list", "入围自治区重点争取资金名单项目", "Projects on the regional funding list",
        "个", "6", "6个项目入围自治区重点争取资金名单")
    d.f("three_north_remaining_started", "三北六期工程剩余任务开工", "Remaining Three-North phase-6 area started", "万亩",
        "156.83", "六期工程剩余156.83万亩全部开工")
    d.f("three_north_completed", "三北工程实施完成", "Three-North area completed", "万亩", "66.82", "实施完成66.82万亩")
    d.f("ecological_restoration_projects", "生态修复治理工程", "Ecological restoration projects", "个", "3",
        "实施生态修复治理工程3个")
    d.f("yinshan_ultra_long_bonds", "阴山北麓综合治理争取超长期国债", "Ultra-long bonds for the Yinshan project", "亿元", "1.31",
        "争取超长期国债1.31亿元")
    d.f("key_projects", "实施重点项目", "Key projects under way", "个", "1175", "实施重点项目1175个")
    d.f("key_projects_start_rate", "重点项目开复工率", "Start rate of key projects", "%", "100", "开复工率100%,完成投资871亿元")
    d.f("large_projects_investment_share", "10亿元以上项目完成投资占比", "Share of investment in projects over 1 bn yuan",
        "%", "56.7", "全市10亿元以上项目完成投资占全部投资比重为56.7%")
    d.f("higher_level_funds", "累计争取资金", "Funds obtained from higher levels", "亿元", "29.9", "累计争取资金29.9亿元")
    d.f("higher_level_funds_growth", "累计争取资金增长", "Growth of funds obtained", "%", "25",
        "累计争取资金29.9亿元,较去年同期增长25%")
    d.f("consumption_vouchers", "发放消费券和家电以旧换新补贴", "Consumption vouchers and trade-in subsidies", "万元",
        "4718", "发放4718万元消费券和家电以旧换新补贴")
    d.f("consumption_driven", "带动消费", "Consumption driven by vouchers", "亿元", "6", "带动消费6亿元")
    d.f("first_stores", "落地首店、旗舰店", "First and flagship stores opened", "家", "103", "落地首店、旗舰店103家")
    d.f("investment_projects_over_100m", "亿元以上新引进项目", "New investment projects over 100 million yuan", "个",
        "190", "其中,亿元以上项目190个")
    d.f("investment_projects_over_100m_progress", "亿元以上项目完成年度任务目标", "Share of the annual target reached",
        "%", "47.5", "完成年度任务目标的47.5%")
    d.f("domestic_funds_received", "引进国内到位资金", "Domestic funds received", "亿元", "323", "引进国内到位资金323亿元")
    d.f("domestic_funds_received_progress", "国内到位资金完成年度任务目标", "Share of the annual funds target reached",
        "%", "46.1", "完成全市年度任务目标的46.1%")
    d.f("domestic_funds_received_growth", "引进国内到位资金增长", "Domestic funds received, growth", "%", "6.7",
        "较去年同期增长6.7%")
    d.f("new_projects_landed", "新引进项目已落地", "New projects landed", "个", "150", "已落地150个")
    d.f("new_projects_started", "新引进项目开工建设", "New projects started", "个", "47", "开工建设47个")
    d.f("cash_crop_sown_area", "经济作物播种面积", "Cash crop sown area", "万亩", "97.35",
        "经济作物播种面积分别为565.1万亩、97.35万亩")
    d.f("grain_sown_area_increase", "粮食作物播种面积增加", "Grain sown area, increase on a year earlier", "万亩", "0.1",
        "较上年同期增加0.1万亩、19.3万亩")
    d.f("cash_crop_sown_area_increase", "经济作物播种面积增加", "Cash crop sown area, increase on a year earlier", "万亩",
        "19.3", "较上年同期增加0.1万亩、19.3万亩")
    d.f("new_facility_agriculture", "新增设施农业", "New facility agriculture", "亩", "9137", "新增设施农业9137亩")
    d.f("new_open_field_vegetables", "新增露地蔬菜", "New open-field vegetables", "亩", "7314", "新增露地蔬菜7314亩")
    d.f("new_facility_agriculture_growth", "新增设施农业增长", "New facility agriculture, growth", "%", "9.6",
        "新增露地蔬菜7314亩,同比分别增长9.6%、5.6%")
    d.f("new_open_field_vegetables_growth", "新增露地蔬菜增长", "New open-field vegetables, growth", "%", "5.6",
        "新增露地蔬菜7314亩,同比分别增长9.6%、5.6%")
    d.f("high_standard_farmland_started", "高标准农田建设项目开工", "High-standard farmland projects started", "万亩",
        "24.79", "24.79万亩高标准农田建设项目全部开工建设")
    d.f("saline_land_reserve_projects", "盐碱地综合利用储备项目", "Saline-land use reserve projects", "万亩", "50",
        "50万亩盐碱地综合利用储备项目有序推进")
    d.f("agricultural_strong_towns", "获批国家农业产业强镇", "Towns named national agricultural industry towns", "个", "6",
        "和林县盛乐镇等6个乡镇获批国家农业产业强镇")
    d.f("six_clusters_output_share", "六大产业集群产值占工业总产值比重", "Six clusters' share of industrial output", "%",
        "88.3", "占全市工业总产值88.3%")
    d.f("six_clusters_growth_contribution", "六大产业集群拉动规上工业增长", "Six clusters' contribution to growth",
        "个百分点", "9", "拉动规上工业增长9个百分点")
    d.f("dairy_chain_key_projects", "七条产业链重点项目", "Key projects of seven farm-produce chains", "个", "115",
        "杂粮七条产业链115个重点项目加快实施")
    d.f("electronic_monocrystalline_national_share", "电子级单晶硅产能占全国比重",
        "Share of China's electronic-grade monocrystalline silicon capacity", "%", "30",
        "全市电子级单晶硅、多晶硅产能分别占全国的30%、60%")
    d.f("electronic_polysilicon_national_share", "电子级多晶硅产能占全国比重",
        "Share of China's electronic-grade polysilicon capacity", "%", "60",
        "全市电子级单晶硅、多晶硅产能分别占全国的30%、60%")
    d.f("clean_energy_cluster_output_share", "清洁能源集群占全市工业比重", "Clean-energy share of industry", "%", "32.9",
        "占全市工业比重32.9%")
    d.f("clean_energy_cluster_investment_growth", "清洁能源集群投资增长", "Clean-energy cluster investment growth", "倍",
        "1.2", "投资同比增长1.2倍")
    d.f("clean_energy_investment_contribution", "清洁能源集群拉动全市投资增长", "Clean-energy contribution to investment growth",
        "个百分点", "7.3", "拉动全市投资增长7.3个百分点")
    d.f("energy_project_connected", "风光项目完成并网", "Wind and solar capacity connected", "万千瓦", "160",
        "蒙西托克托外送200万千瓦风光项目完成并网160万千瓦", level="point", code="150122", name="托克托",
        point_name="蒙西托克托外送200万千瓦风光项目", category="energy_project",
        notes="A representative point inside 托克托县, not the site.")
    d.f("4a_scenic_applications", "申报国家4A级景区", "Applications for national 4A scenic areas", "家", "10",
        "申报10家国家4A级景区")
    d.f("financial_credit_lines", "促成金融机构授信额度", "Credit lines arranged with banks", "亿元", "1476",
        "促成金融机构授信额度1476亿元")
    d.f("tech_smes", "科技型中小企业", "Tech-based SMEs", "家", "649", "科技型中小企业649家")
    d.f("tech_leading_enterprises", "科技领军企业", "Leading tech enterprises", "家", "32", "科技领军企业32家")
    d.f("specialised_smes", "专精特新企业", "Specialised and innovative SMEs", "家", "80", "“专精特新”企业80家")
    d.f("high_tech_projects_attracted", "招引高新技术项目", "High-tech projects attracted", "项", "130",
        "招引高新技术项目130项、占68%")
    d.f("high_tech_projects_attracted_share", "高新技术项目占招引项目比重", "High-tech share of attracted projects", "%",
        "68", "招引高新技术项目130项、占68%")
    d.f("tech_firms_attracted", "招引科技型企业", "Tech firms attracted", "家", "20", "科技型企业20家、占11%")
    d.f("tech_firms_attracted_share", "科技型企业占招引项目比重", "Tech firms' share of attracted projects", "%", "11",
        "科技型企业20家、占11%")
    d.f("tech_credit", "向科技企业授信", "Credit to tech firms", "亿元", "11.6", "向科技企业授信11.6亿元")
    d.f("beijing_tech_transfer_projects", "京蒙协作成果转化项目", "Beijing cooperation tech-transfer projects", "项", "65",
        "实施京蒙协作成果转化项目65项")
    d.f("university_cooperation_projects", "开展项目合作", "University cooperation projects", "项", "20",
        "开展项目合作20项")
    d.f("technology_needs_published", "发布产业发展技术需求", "Technology needs published", "项", "66",
        "集中发布呼包两市产业发展技术需求66项", notes="Published jointly for 呼和浩特 and 包头.")
    d.f("research_results_recommended", "推荐科研成果", "Research results recommended", "项", "160", "推荐科研成果160项")
    d.f("cross_border_ecommerce_trade", "跨境电商贸易额", "Cross-border e-commerce trade", "亿元", "4.69",
        "跨境电商上半年贸易额4.69亿元")
    d.f("cross_border_ecommerce_trade_growth", "跨境电商贸易额增长", "Cross-border e-commerce trade growth", "倍", "20",
        "跨境电商上半年贸易额4.69亿元,同比增长20倍")
    d.f("cross_border_ecommerce_region_share", "占自治区跨境电商贸易额比重", "Share of the region's cross-border e-commerce",
        "%", "71", "占自治区跨境电商贸易额71%")
    d.f("china_europe_trains_growth", "中欧(中亚)班列开行增长", "China–Europe trains growth", "%", "270",
        "开行中欧(中亚)班列63列、同比增长270%")
    d.f("dishonesty_cases_resolved", "清理化解失信案件", "Government dishonesty cases resolved", "件", "220",
        "清理化解各类失信案件220件")
    d.f("one_thing_services", "“一件事”事项", "One-thing services launched", "件", "60", "两级“一件事”事项60件")
    d.f("application_materials_cut", "平均精简申请材料", "Average cut in application materials", "%", "60",
        "平均精简申请材料60%以上")
    d.f("processing_time_cut", "压缩办理时限", "Cut in processing time", "%", "75", "压缩办理时限75%以上")
    d.f("city_service_items", "市级政务服务事项", "City-level government service items", "项", "405",
        "市级政务服务事项由1296项减少至405项")
    d.f("guaranteed_loan_firms", "助保贷融资中小微企业", "SMEs financed by 助保贷", "户", "45", "“助保贷”为45户中小微企业融资")
    d.f("guaranteed_loans", "助保贷融资", "助保贷 financing", "亿元", "3.49", "为45户中小微企业融资3.49亿元")
    d.f("bank_tax_loans", "银税互动发放贷款", "Bank–tax loans to private firms", "亿元", "20.63",
        "“银税互动”为民营企业发放贷款20.63亿元")
    d.f("bank_tax_loans_ratio", "银税互动贷款为去年同期倍数", "Bank–tax loans relative to a year earlier", "倍", "4.5",
        "是去年同期4.5倍")
    d.f("credit_platform_loans", "信易贷平台累计发放贷款", "Loans through the 信易贷 platform", "亿元", "3.43",
        "“信易贷”平台累计为中小微企业发放贷款3.43亿元")
    d.f("integrity_models", "选树诚信主体", "Integrity models named", "个", "99", "示范街区等诚信主体99个")
    d.f("court_judgments_published", "法院系统公开裁判文书", "Court judgments published", "件", "7930",
        "法院系统公开裁判文书7930件")
    d.f("trial_process_disclosure_rate", "审判流程信息公开率", "Trial process disclosure rate", "%", "99.51",
        "审判流程信息公开率99.51%")
    d.f("procuratorate_disclosures", "检察系统公开程序性信息", "Procuratorate procedural disclosures", "件", "2303",
        "检察系统公开程序性信息2303件")
    d.f("police_penalties_published", "公安系统公开行政处罚", "Police administrative penalties published", "人次", "7269",
        "公安系统公开行政处罚7269人次")
    d.f("enterprise_enforcement_cases", "受理涉企执行案件", "Enterprise enforcement cases accepted", "件", "10628",
        "受理涉企执行案件10628件")
    d.f("enterprise_enforcement_recovered", "涉企执行到位金额", "Amount recovered in enterprise cases", "亿元", "66.04",
        "执行到位66.04亿元")
    d.f("new_private_enterprises", "新增民营企业", "New private enterprises", "万家", "1.5", "全市新增民营企业1.5万家",
        unit_en="10,000 enterprises")
    d.f("new_individual_businesses", "新增个体工商户", "New individual businesses", "万户", "3.6", "个体工商户3.6万户")
    d.f("old_compounds_renovation_started", "老旧小区改造进场施工", "Old compounds under renovation", "个", "227",
        "229个老旧小区改造进场施工227个")
    d.f("rental_housing_raised", "筹集保障性租赁住房", "Subsidised rental housing raised", "套", "1528",
        "初步筹集保障性租赁住房1528套")
    d.f("pocket_parks_completed", "口袋公园和社区游园完工", "Pocket parks and community gardens completed", "个", "200",
        "200个口袋公园和社区游园")
    d.f("greening_nodes_completed", "绿化节点维护提升完工", "Greening nodes upgraded", "处", "1004", "1004处绿化节点维护提升工程全面完工")
    d.f("sports_parks_in_progress", "体育公园建设", "Sports parks under construction", "个", "3", "3个体育公园建设")
    d.f("greenways_maintained", "城市绿道维护提升", "Urban greenways being upgraded", "公里", "200",
        "200公里城市绿道维护提升工程持续推进")
    d.f("primary_heating_network_renewal", "一次管网改造", "Primary heating network renewal", "公里", "209",
        "有序实施209公里一次管网改造")
    d.f("compounds_secondary_network_renewal", "二次管网和楼道立管改造小区", "Compounds with secondary networks renewed",
        "个", "1333", "1333个小区二次管网和楼道立管改造工程")
    d.f("coal_boilers", "燃煤锅炉", "Coal-fired boilers to replace", "台", "36", "36台燃煤锅炉已替代21台")
    d.f("coal_boilers_replaced", "燃煤锅炉已替代", "Coal-fired boilers replaced", "台", "21", "36台燃煤锅炉已替代21台")
    d.f("village_plans_completed", "完成村庄规划编制的应编村", "Villages with completed plans", "个", "679",
        "679个应编村全部完成“多规合一”村庄规划编制")
    d.f("beautiful_leisure_villages", "创建中国美丽休闲乡村", "China beautiful leisure villages", "个", "5",
        "创建中国美丽休闲乡村5个")
    d.f("rural_toilets_rebuilt", "累计改建农村厕所", "Rural toilets rebuilt (cumulative)", "万座", "18.3",
        "累计改建农村厕所18.3万座", unit_en="10,000 toilets")
    d.f("rural_toilet_coverage", "农村厕所普及率", "Rural toilet coverage", "%", "85", "普及率达85%以上")
    d.f("rural_bins_added", "累计增添垃圾桶", "Rural waste bins added", "个", "2444", "累计增添垃圾桶2444个")
    d.f("rural_waste_facilities_added", "增设垃圾处理设施", "Rural waste facilities added", "处", "18",
        "焚烧炉及其他处理设施18处")
    d.f("rural_waste_system_coverage", "垃圾收运处置体系覆盖率", "Rural waste system coverage", "%", "100",
        "垃圾收运处置体系覆盖率达到100%")
    d.f("central_assistance_funds", "定点帮扶资金", "Central paired-assistance funds", "万元", "1550",
        "争取通用集团定点帮扶资金1550万元")
    d.f("central_assistance_projects", "定点帮扶开工建设项目", "Paired-assistance projects started", "个", "9",
        "开工建设项目9个")
    d.f("services_hohhot_baotou", "呼包同城通办政务服务事项", "Services handled jointly with Baotou", "项", "205",
        "205项政务服务事项实现“呼包同城通办”")
    d.f("services_beijing_region", "京津冀呼区域通办事项", "Services handled with Beijing–Tianjin–Hebei", "项", "214",
        "214项实现京津冀呼“区域通办”")
    d.f("services_cross_province", "跨省通办事项", "Services handled across provinces", "项", "158",
        "158项实现全国范围“跨省通办”")
    d.f("eco_civilisation_demo_areas", "生态文明建设示范区创建备案成功的地区", "Areas registered as ecological demonstration areas",
        "个", "7", "清水河县等7个地区生态文明建设示范区创建备案成功")
    d.f("daqingshan_tending", "大青山前坡养护抚育", "Tending on the Daqingshan front slope", "万亩", "3.13",
        "实施养护抚育3.13万亩")
    d.f("street_trees_replanted", "建成区补植行道树", "Street trees replanted", "万株", "1.9", "建成区共补植行道树1.9万株")
    d.f("zero_waste_cells", "无废细胞通过验收", "Zero-waste cells accepted", "个", "16", "首批16个“无废细胞”通过验收")
    d.f("coal_heating_households_started", "燃煤散烧整治已开工", "Households in coal-heating clean-up started", "万户",
        "1.86", "已开工建设1.86万户")
    d.f("sewage_outlets_rectified", "入河排污口分类整治", "River sewage outlets rectified", "个", "422",
        "整改完成422个入河排污口")
    d.f("national_water_sections", "国控考核断面", "National water monitoring sections", "个", "5", "5个国控考核断面水质均达到")
    d.f("water_sections_good_ratio", "国控断面水质优良比例", "Share of sections with good water", "%", "100",
        "水质优良比例为100%")
    d.f("mine_restoration_h1", "废弃矿山修复治理", "Abandoned mines restored in the half-year", "公顷", "700",
        "上半年以来完成修复治理700公顷")
    d.f("mine_restoration_cumulative", "累计修复治理废弃矿山", "Abandoned mines restored (cumulative)", "公顷", "1691",
        "累计修复治理1691公顷")
    d.f("mine_restoration_progress", "矿山修复总体施工进度", "Progress of mine restoration", "%", "61",
        "总体施工进度达到61%")
    d.f("land_safe_use_rate", "重点建设用地和污染地块安全利用率", "Safe use rate of key and polluted land", "%", "100",
        "重点建设用地和污染地块安全利用率稳定在100%")
    d.f("energy_review_projects_submitted", "上报自治区能评项目", "Projects submitted for energy review", "个", "11",
        "上报自治区能评项目11个")
    d.f("energy_review_projects_approved", "能评项目获批", "Projects approved in energy review", "个", "4",
        "截至目前,获批4个")
    d.f("green_factories_city", "认定市级绿色工厂", "City-level green factories", "个", "28", "认定市级绿色工厂28个")
    d.f("green_parks_city", "认定市级绿色园区", "City-level green parks", "个", "2", "绿色园区2个")
    d.f("green_supply_chain_firms", "绿色供应链管理企业", "Green supply-chain firms", "家", "6", "绿色供应链管理企业6家")
    d.f("water_saving_firms_city", "市级节水型企业", "City-level water-saving firms", "家", "8", "认定市级节水型企业8家")
    d.f("water_saving_parks_city", "市级节水型园区", "City-level water-saving parks", "个", "4", "节水型园区4个")
    d.f("water_saving_firms_region", "自治区级节水型企业", "Regional water-saving firms", "家", "4",
        "成功申报自治区级节水型企业4家")
    d.f("water_saving_benchmark_firms", "节水标杆企业", "Water-saving benchmark firms", "家", "1", "节水标杆企业1家")
    d.f("water_saving_parks_region", "自治区级节水型园区", "Regional water-saving parks", "个", "3", "节水型园区3个")
    d.f("new_urban_jobs_progress", "城镇新增就业完成年度目标任务", "Share of the annual jobs target reached", "%", "57.17",
        "完成年度目标任务的57.17%")
    d.f("rural_labour_transferred", "农村劳动力转移就业", "Rural labour moved into work", "万人", "36.81",
        "农村劳动力转移就业36.81万人")
    d.f("vocational_training", "职业技能培训", "Vocational training", "万人次", "1.94", "开展职业技能培训1.94万人次")
    d.f("new_high_skill_workers", "新培养高技能人才", "New highly skilled workers", "人", "4709", "新培养高技能人才4709人")
    d.f("skilled_workers_total", "技能人才总量", "Skilled workers in total", "万人", "40", "技能人才总量突破40万人")
    d.f("graduates_staying", "大学生留呼就业创业", "Graduates staying in Hohhot", "万名", "2.68",
        "2.68万名大学生实现留呼就业创业", unit_en="10,000 people")
    d.f("four_one_schools", "四个一工程学校", "Schools of the 四个一 programme", "所", "66", "推动66所“四个一工程”学校")
    d.f("childcare_allowance_families", "申报一次性育儿津贴家庭", "Families given a one-off childcare allowance", "户",
        "1380", "为全市1380户符合政策家庭申报了一次性育儿津贴")
    d.f("new_childcare_places", "新增托位", "New childcare places", "个", "1438", "新增托位1438个")
    d.f("partner_hospitals_outside", "合作区外医疗机构", "Partner hospitals outside the region", "家", "52",
        "与区外52家医疗机构合作")
    d.f("medical_experts_recruited", "引进专家", "Medical experts recruited", "人", "267", "引进专家267人")
    d.f("medical_research_projects", "科研立项", "Medical research projects", "个", "265", "科研立项265个")
    d.f("joint_clinics", "联合门诊", "Joint clinics of the medical group", "个", "50", "建立联合门诊50个")
    d.f("internet_hospitals", "互联网医院上线运行", "Internet hospitals online", "家", "12", "互联网医院上线运行12家")
    d.f("elderly_care_centres", "居家和社区养老服务中心", "Home and community elderly-care centres", "个", "340",
        "共建设居家和社区养老服务中心340个")
    d.f("elderly_canteens", "为老餐厅", "Canteens for the elderly", "家", "120", "建成为老餐厅120家")
    d.f("township_demo_care_centres", "乡镇示范性养老服务中心开工", "Township demonstration care centres started", "个",
        "2", "2个乡镇示范性养老服务中心")
    d.f("township_care_centres", "乡镇养老服务中心开工", "Township care centres started", "个", "2",
        "和2个乡镇养老服务中心全部开工建设")
    d.f("village_care_stations_planned", "村级养老服务站", "Village care stations planned", "个", "102",
        "102个村级养老服务站建成58个")
    d.f("village_care_stations_built", "村级养老服务站建成", "Village care stations built", "个", "58",
        "102个村级养老服务站建成58个")
    d.f("mutual_aid_homes_planned", "改造提升互助幸福院项目", "Mutual-aid homes to upgrade", "个", "46",
        "46个改造提升互助幸福院项目主体全部完工")
    d.f("mutual_aid_homes_built", "互助幸福院已建成", "Mutual-aid homes built", "个", "36", "已建成36个")
    d.f("safety_hazards_found", "排查各类隐患问题", "Safety hazards found", "项", "24871", "累计排查各类隐患问题24871项")
    d.f("safety_hazards_fixed_rate", "隐患整改完成率", "Share of hazards fixed", "%", "97.23", "整改完成率97.23%")
    d.f("criminal_cases_decline", "刑事案件发案同比下降", "Fall in criminal cases", "%", "41.2",
        "全部刑事案件发案同比下降41.2%", notes="A fall, stored as written (positive).")
    d.f("case_clearance_rate_rise", "破案率同比上升", "Rise in case clearance rate", "%", "7", "破案率同比上升7%")
    d.f("drug_cases_solved", "破获毒品案件", "Drug cases solved", "起", "43", "破获毒品案件43起", unit_en="cases")
    d.f("telecom_fraud_cases_solved", "电诈案件破获", "Telecom-fraud cases solved", "起", "314", "电诈案件破获314起",
        unit_en="cases")
    d.f("fraud_payments_stopped", "电诈止付金额", "Fraud payments stopped", "亿元", "33.34", "止付金额33.34亿元")
    d.f("fraud_payments_stopped_growth", "电诈止付金额增长", "Growth of fraud payments stopped", "%", "66.7",
        "止付金额33.34亿元,同比上升66.7%")
    d.f("petitions", "信访总量", "Petitions", "件次", "2277", "全市信访总量2277件次", unit_en="cases")
    d.f("petitions_decline", "信访总量同比下降", "Fall in petitions", "%", "55", "全市信访总量2277件次,同比下降55%",
        notes="A fall, stored as written (positive).")
    d.f("financial_dispute_cases", "受理金融纠纷案件", "Financial dispute cases accepted", "起", "259",
        "受理金融纠纷案件259起", unit_en="cases")
    d.f("new_communities", "新增社区", "New communities", "个", "20", "新增社区20个")
    d.f("communities", "社区", "Communities", "个", "432", "全市社区达到432个")
    d.f("service_centres_to_subdistricts", "区域服务中心设立街道办事处", "Service centres made sub-district offices", "个",
        "13", "推动13个实体化运行的区域服务中心设立街道办事处")
    d.f("community_workers_recruited", "招聘社区工作人员", "Community workers recruited", "名", "1000",
        "充实补充1000名社区工作人员")
    d.f("model_communities", "北疆示范社区", "北疆 model communities", "个", "13", "打造自治区北疆示范社区13个")
    d.f("capacity_building_communities", "能力提升行动社区", "Capacity-building communities", "个", "10",
        "能力提升行动社区10个")
    d.f("grassroots_observation_points", "基层观测点", "Grass-roots observation points", "个", "20",
        "选取20个村(社区)建立基层观测点")
    d.f("disputes_screened", "排查矛盾纠纷隐患", "Disputes screened", "件次", "3778", "累计排查矛盾纠纷隐患3778件次",
        unit_en="cases")

    # Targets for the second half of 2024
    h2 = Doc(reg, F3, "league", "150100", "呼和浩特市", "2024-07/2024-12", "下半年", kind="target", notes=H2)
    h2.f("government_projects", "政府投资项目", "Government investment projects", "个", "393",
         "燃气管网更新工程等393个政府投资项目")
    h2.f("government_projects_investment", "政府投资项目完成投资", "Investment of government projects", "亿元", "100",
         "确保下半年完成投资100亿元以上")
    h2.f("enterprise_projects", "企业投资项目", "Enterprise investment projects", "个", "782",
         "建行数据中心等782个企业投资项目")
    h2.f("enterprise_projects_investment", "企业投资项目完成投资", "Investment of enterprise projects", "亿元", "410",
         "确保下半年完成投资410亿元以上")
    h2.f("newly_started_projects", "新开工项目", "Newly started projects", "个", "60", "新机场截洪沟等60个项目")
    h2.f("newly_started_projects_investment", "新开工项目完成投资", "Investment of newly started projects", "亿元", "50",
         "确保下半年完成投资50亿元以上")

    # Targets for 2024 as a whole
    y = Doc(reg, F3, "league", "150100", "呼和浩特市", "2024", "2024年", kind="target", notes=YEAR)
    y.f("investment_projects_over_100m", "引进亿元以上项目", "Investment projects over 100 million yuan", "个", "400",
        "全市招商引资目标为引进亿元以上项目400个")
    y.f("investment_funds_received", "招商引资实际到位资金", "Investment funds received", "亿元", "700",
        "实际到位资金700亿元")
    y.f("key_projects_planned_investment", "重点项目年度计划投资", "Planned investment of key projects", "亿元", "1550",
        "年度计划投资1550亿元")
    y.f("china_europe_trains", "中欧班列全年发运", "China–Europe trains in the year", "列", "150", "力争全年发运达到150列")
    y.f("bonded_zone_trade", "综保区进出口总额", "Bonded-zone imports and exports", "亿元", "100",
        "争取综保区进出口总额达到100亿元")
    y.f("unapproved_land_cleared", "清理批而未供土地", "Approved but unsupplied land to clear", "万亩", "2.7",
        "力争年底前完成2.7万亩清理批而未供土地")
    y.f("idle_land_disposed", "处置闲置土地", "Idle land to dispose of", "万亩", "0.374", "0.374万亩处置闲置土地任务")
    y.f("key_technologies", "关键技术攻关", "Key technologies to tackle", "项", "45", "确保完成关键技术攻关45项左右")
    y.f("research_results_transferred", "转化科技成果", "Research results to transfer", "项", "200", "转化科技成果200项左右")
    y.f("high_level_scientists", "引育高层次科技人才", "High-level scientists to attract", "名", "100",
        "引育高层次科技人才100名以上")
    y.f("one_thing_packages_city", "市本级一件事套餐", "City-level one-thing packages", "个", "10",
        "力争市本级推出10个“一件事”套餐")
    y.f("one_thing_packages_banners", "旗县区一件事套餐", "Banner-level one-thing packages", "个", "20",
        "旗县区推出20个“一件事”套餐")
    y.f("forest_grass_construction", "林草生态建设", "Forest and grassland construction", "万亩", "48",
        "完成林草生态建设48万亩")
    y.f("key_area_greening", "重点区域绿化", "Greening of key areas", "亩", "1522.7", "重点区域绿化1522.7亩")
    y.f("green_factories_new", "新增自治区级以上绿色工厂", "New regional green factories", "家", "10",
        "新增自治区级以上绿色工厂10家左右")
    y.f("forest_carbon_reserve", "林业碳汇开发储备项目", "Forest carbon-sink reserve", "万亩", "45",
        "完成45万亩林业碳汇开发储备项目")
    y.f("gas_pipe_renewal", "改造老旧燃气管网", "Old gas pipes to renew", "公里", "87.7", "改造老旧燃气管网87.7公里")
    y.f("heating_secondary_network_renewal", "改造老旧供热二次管网", "Old secondary heating networks to renew", "公里",
        "4554", "老旧供热二次管网4554公里")
    y.f("old_compounds_renovation", "改造老旧小区", "Old compounds to renovate", "个", "229", "改造老旧小区229个")
    y.f("rental_housing_raised", "筹集保障性租赁住房", "Subsidised rental housing to raise", "套", "3000",
        "筹集保障性租赁住房3000套")
    y.f("agri_processing_parks", "农畜产品加工园区", "Farm-produce processing parks to build", "个", "6",
        "推进土左旗、托县、和林县等6个农畜产品加工园区建设")
    y.f("household_toilets_rebuilt", "户厕改建", "Household toilets to rebuild", "户", "555", "完成户厕改建555户")
    y.f("new_urban_jobs", "新增城镇就业", "New urban jobs", "万人", "6", "全市新增城镇就业6万人以上")
    y.f("vocational_training", "职业技能培训", "Vocational training", "万人次", "2", "职业技能培训2万人次以上")
    y.f("rural_labour_transferred", "农村劳动力转移就业", "Rural labour moved into work", "万人", "33",
        "农村劳动力转移就业33万人")
    y.f("job_fairs", "专场招聘活动", "Job fairs", "场", "100", "举办专场招聘活动100场以上")
    y.f("public_kindergarten_share", "公办园在园幼儿占比", "Share of children in public kindergartens", "%", "57",
        "公办园在园幼儿占比达到57%")
    y.f("compound_kindergartens_opened", "小区配建幼儿园投入使用", "Compound kindergartens to open", "所", "20",
        "计划年内投入使用20所")
    y.f("kindergartens_rectified", "重点整治幼儿园", "Kindergartens under rectification", "所", "16",
        "推动剩余16所重点整治幼儿园取得阶段性成效")
    y.f("model_kindergartens_region", "新创建自治区级示范园", "New regional model kindergartens", "所", "2",
        "新创建自治区级示范园2所")
    y.f("model_kindergartens_city", "新创建市级示范园", "New city model kindergartens", "所", "3", "市级示范园3所")
    y.f("community_health_centres", "社区卫生服务中心建设", "Community health centres to build", "个", "3",
        "确保年内完成3个社区卫生服务中心")
    y.f("community_hospitals", "社区医院建设", "Community hospitals to build", "个", "2", "2个社区医院建设工作")
    y.f("childcare_places_per_1000", "每千人口托位数", "Childcare places per 1,000 people", "个", "4.0",
        "完成每千人口4.0个托位数建设任务", notes="Per 1,000 people (每千人口); due by the end of October.")
    y.f("elderly_friendly_hospital_share", "老年友善医疗机构达到示范标准比例", "Share of elderly-friendly hospitals", "%",
        "30", "30%以上的机构达到示范建设标准")
    y.f("community_service_facilities_new", "新增社区综合服务设施", "New community service facilities", "个", "54",
        "新增54个社区综合服务设施")
    y.f("coal_heating_households", "燃煤散烧整治", "Households in the coal-heating clean-up", "万户", "4.94",
        "计划实施燃煤散烧整治4.94万户")
    e = Doc(reg, F3, "league", "150100", "呼和浩特市", "2024", "2024年", kind="estimate",
            notes="Hohhot first-half 2024 report (003): 预计/年内可实现 (expected within 2024).")
    e.f("cogeneration_heating_capacity_new", "新增热电联产供热能力", "New cogeneration heating capacity", "万平方米",
        "3800", "年内可实现新增热电联产供热能力3800万平方米")
    e.f("new_school_places", "新增学位", "New school places", "个", "2780", "预计新增学位2780个")
