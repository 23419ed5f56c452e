"""包头市 (150200) government work report of 2022-02-16 (001): the 2021 review and the 2022
plan, beyond the headline figures in build_from_seeds.py. The review of the whole
government term (本届政府, several years without a stated period) is not extracted; see
COVERAGE.md."""
from factlib import Doc

F1 = "001_d8dd41ff9b115775.txt"
Y21 = "Achieved in 2021 per the 2022 Baotou government work report (published 2月16日)."
Y22 = "2022 plan of the 2022 Baotou government work report (力争/确保/新增/实施): a target for 2022."
B = "包头市"


def add(reg):
    d = Doc(reg, F1, "league", "150200", B, "2021", "2021年", notes=Y21)
    d.f("stranded_passengers_train", "承接旅游专列乘员", "Tourist-train passengers received", "名", "695",
        "暖心承接旅游专列乘员695名")
    d.f("stranded_passengers_ejina", "转运额济纳旗滞留旅客", "Travellers stranded in Ejina brought in", "名", "2632",
        "大巴转运额济纳旗滞留旅客2632名")
    d.f("energy_per_industrial_value_added_decline", "单位工业增加值能耗下降", "Fall in energy use per unit of industrial value added",
        "%", "12.3", "单位工业增加值能耗较上年下降12.3%", notes="A fall, stored as written (positive).")
    d.f("enterprises_contacted", "对接各类企业", "Enterprises contacted for investment", "家", "5918",
        "全年对接各类企业5918家")
    d.f("signed_projects_agreed_investment", "签约项目协议总投资", "Agreed investment of signed projects", "万亿元",
        "1.25", "协议总投资1.25万亿元", unit_en="trillion yuan")
    d.f("signed_projects_registered", "已注册落地项目", "Signed projects registered", "个", "803", "已注册落地项目803个")
    for key, zh, en, v in [("enterprises_contacted_vs_2020", "对接企业为2020年的倍数", "Enterprises contacted, times 2020", "5.9"),
                           ("signed_projects_vs_2020", "签约项目为2020年的倍数", "Signed projects, times 2020", "3.4"),
                           ("signed_investment_vs_2020", "协议总投资为2020年的倍数", "Agreed investment, times 2020", "5.2"),
                           ("registered_projects_vs_2020", "注册落地项目为2020年的倍数", "Registered projects, times 2020", "3.8")]:
        d.f(key, zh, en, "倍", v, "分别是2020年的5.9倍、3.4倍、5.2倍和3.8倍")
    d.f("major_projects", "实施重大项目", "Major projects under way", "个", "715", "全年实施重大项目715个")
    d.f("major_projects_completed", "重大项目竣工投产", "Major projects completed", "个", "305", "竣工投产305个")
    d.f("tax_relief_for_firms", "为企业减免税费", "Tax relief for firms", "亿元", "26.4", "全年为企业减免税费26.4亿元")
    d.f("power_cost_savings", "降低用电成本", "Electricity cost savings for firms", "亿元", "12.3", "降低用电成本12.3亿元")
    d.f("labour_needs_met", "解决用工需求", "Labour needs met", "万人", "2.7", "解决用工需求2.7万人")
    d.f("higher_level_funds_growth", "争取上级资金增长", "Growth of funds from higher levels", "%", "16.1",
        "争取上级资金增长16.1%")
    d.f("industrial_investment_growth", "工业投资增长", "Industrial investment growth", "%", "87.9", "工业投资增长87.9%")
    d.f("manufacturing_investment_growth", "制造业投资增长", "Manufacturing investment growth", "倍", "1.4",
        "制造业投资增长1.4倍")
    d.f("high_tech_investment_growth", "高技术产业投资增长", "High-tech investment growth", "倍", "1.1",
        "高技术产业投资增长1.1倍")
    d.f("energy_saving_projects", "工业节能技改项目", "Industrial energy-saving projects", "个", "76",
        "实施工业节能技改项目76个")
    d.f("green_parks_new", "新增自治区级以上绿色园区", "New regional green parks", "个", "3", "新增自治区级以上绿色园区3个")
    d.f("green_factories_new", "新增自治区级以上绿色工厂", "New regional green factories", "家", "12", "绿色工厂12家")
    d.f("digitalisation_projects", "智能化、数字化改造项目", "Digitalisation projects", "个", "106",
        "实施企业智能化、数字化改造项目106个")
    d.f("specialised_smes_national_new", "新增国家级专精特新企业", "New national specialised SMEs", "户", "7",
        "新增国家级“专精特新”企业7户")
    d.f("new_materials_projects", "新型材料产业项目", "New-materials projects", "个", "214", "214个新型材料产业项目加快推进")
    d.f("top_magnet_firms_settled", "全国十强稀土磁材企业落户", "Top-10 rare-earth magnet firms settled", "家", "6",
        "安泰科技等6家全国十强稀土磁材企业落户包头")
    d.f("modern_energy_projects", "现代能源产业项目", "Modern energy projects", "个", "45", "45个现代能源产业项目全面实施")
    d.f("equipment_projects", "现代装备制造业项目", "Modern equipment projects", "个", "43", "43个现代装备制造业项目加快推进")
    d.f("first_set_products", "入选自治区首台套、首批次产品", "Products listed as first sets", "项", "26",
        "26项产品入选自治区技术装备首台套")
    d.f("agriculture_key_projects", "现代农牧业重点项目", "Modern agriculture key projects", "个", "87",
        "87个现代农牧业重点项目加快实施")
    d.f("farm_products_pass_rate", "农畜产品总体合格率", "Farm products pass rate", "%", "99", "农畜产品总体合格率达到99%以上")
    d.f("consumption_vouchers", "发放消费券", "Consumption vouchers issued", "万元", "1000", "发放消费券1000万元")
    d.f("retail_outlets_online", "建立线上销售模式的销售网点", "Outlets selling online", "个", "292", "全市292个销售网点")
    d.f("chain_supermarkets_online", "建立线上销售模式的连锁超市", "Chain supermarkets selling online", "个", "7", "7个连锁超市")
    d.f("shopping_malls_online", "建立线上销售模式的大型商场", "Shopping malls selling online", "个", "21", "21个大型商场")
    d.f("farmers_markets_online", "建立线上销售模式的农贸市场", "Farmers' markets selling online", "个", "52", "52个农贸市场全部建立线上销售模式")
    d.f("digital_industry_revenue_growth", "数字产品制造业、数字技术应用业收入增长", "Digital industry revenue growth", "%", "152",
        "数字技术应用业收入增长152%")
    d.f("inclusive_sme_loans_growth", "普惠型小微企业贷款增长", "Inclusive SME loans growth", "%", "19.7",
        "银行业机构普惠型小微企业贷款增长19.7%")
    d.f("sme_borrowers_added", "贷款企业户数增加", "More SME borrowers", "户", "4111", "贷款企业户数增加4111户")
    d.f("innovation_carriers_signed", "科技创新载体签约落地", "Innovation carriers signed", "个", "23", "23个科技创新载体签约落地")
    d.f("tech_projects_progress", "取得重大进展的科技项目", "Tech projects with major progress", "个", "48", "48个科技项目取得重大进展")
    d.f("innovation_platforms_new", "新增自治区创新平台", "New regional innovation platforms", "家", "28", "新增自治区创新平台28家")
    d.f("innovation_platforms", "国家、自治区级创新平台累计", "National and regional innovation platforms", "家", "262",
        "国家、自治区级创新平台累计达到262家")
    d.f("talent_recruited", "引进高层次和紧缺急需人才", "High-level and scarce talent recruited", "人", "5509",
        "全年引进高层次和紧缺急需人才5509人")
    d.f("ministerial_experts_recruited", "引进省部级专家", "Provincial and ministerial experts recruited", "人", "26",
        "省部级专家26人")
    d.f("coking_coal_imported_tabantolgoi", "从塔本陶勒盖运进焦煤", "Coking coal brought in from Tavan Tolgoi", "万吨", "10",
        "首次从塔本陶勒盖运进10万吨焦煤")
    d.f("port_throughput_growth", "口岸过货量增长", "Port throughput growth", "%", "124.7", "过货量增长124.7%",
        level="point", code="150223", name="达茂旗", point_name="满都拉口岸", category="port",
        notes="满都拉口岸 lies in 达茂旗; the point is a representative point inside the banner.")
    d.f("foreign_firms_contacted", "对接外资企业", "Foreign firms contacted", "家", "104", "对接外资企业104家")
    d.f("foreign_investment_growth", "实际利用外资增长", "Foreign investment growth", "%", "101", "实际利用外资增长101%")
    d.f("approval_time_cut", "审批和服务事项办理时限压缩", "Cut in approval time", "%", "86.3", "办理时限压缩86.3%")
    d.f("visits_rate", "办事跑动率", "Share of services needing a visit", "%", "7.2", "办事跑动率压缩到7.2%")
    d.f("instant_service_rate", "即办率", "Share of services done on the spot", "%", "64.8", "即办率达到64.8%")
    d.f("frequent_services_online", "汇聚到蒙速办的高频事项", "Frequent services on 蒙速办", "个", "324", "324个高频事项汇聚到“蒙速办”")
    d.f("services_at_grassroots", "下沉到基层站点的事项", "Services moved to local stations", "个", "169", "169个事项下沉到基层站点")
    d.f("services_online", "政务服务上线事项", "Government services online", "万项", "4.58", "由1.62万项提升至4.58万项",
        unit_en="10,000 items")
    d.f("four_city_services", "呼包鄂乌四市互办事项", "Services handled across four cities", "个", "190",
        "等190个事项实现呼包鄂乌“四市互办”")
    d.f("main_roads_rebuilt", "完成改造的主干道", "Main roads rebuilt", "条", "5", "白云路等5条主干道完成改造")
    d.f("dead_end_roads_opened", "打通断头路", "Dead-end roads opened", "条", "8", "韩庆坝路等8条断头路全面打通")
    d.f("parking_spaces_new", "新增机动车停车位", "New parking spaces", "万个", "3.8", "新增机动车停车位3.8万个")
    d.f("sewer_pipes_new", "新改建雨污水、中水管网", "Sewer and reclaimed-water pipes built", "公里", "31.45",
        "中水管网31.45公里")
    d.f("waterlogging_points_fixed", "整治积水点", "Waterlogging points fixed", "处", "18", "整治积水点18处")
    d.f("bare_soil_removed", "累计消除裸露黄土", "Bare soil covered", "公顷", "92.3", "累计消除裸露黄土92.3公顷")
    d.f("old_compounds_renovated", "改造老旧小区", "Old compounds renovated", "个", "209", "改造老旧小区209个569.7万平方米")
    d.f("old_compounds_renovated_area", "改造老旧小区面积", "Old compounds renovated, floor area", "万平方米", "569.7",
        "改造老旧小区209个569.7万平方米")
    d.f("public_rent_subsidy_households", "发放公租房补贴", "Households given public-rent subsidies", "户", "1616",
        "为1616户居民发放公租房补贴")
    d.f("housing_support_families", "实物保障和租赁补贴在保家庭", "Families with housing support", "万户", "3.7",
        "租赁补贴在保家庭达到3.7万户")
    d.f("graduate_housing_subsidies", "大学生集聚计划住房补贴", "Housing subsidies for graduates", "万元", "7691",
        "发放大学生集聚计划住房补贴7691万元")
    d.f("talent_housing_raised", "筹集人才房", "Housing for talent raised", "万套", "1.5", "筹集人才房1.5万套")
    d.f("back_streets_renovated", "背街小巷综合整治", "Back streets renovated", "条", "87", "完成背街小巷综合整治87条")
    d.f("toilets_built", "新建、改建公厕旱厕", "Public toilets built or rebuilt", "座", "347", "新建、改建公厕旱厕347座",
        unit_en="facilities")
    d.f("illegal_buildings_removed", "拆除各类违建", "Illegal structures removed", "处", "13460", "拆除各类违建13460处")
    d.f("illegal_buildings_removed_area", "拆除违建面积", "Illegal structures removed, area", "万平方米", "25.6",
        "13460处、25.6万平方米")
    d.f("property_services_compliant_new", "新增达标物业服务项目", "New compliant property services", "个", "40",
        "新增达标物业服务项目40个")
    d.f("property_services_excellent_new", "新增优秀物业服务项目", "New excellent property services", "个", "16",
        "优秀物业服务项目16个")
    d.f("poverty_support_projects", "产业帮扶项目", "Industry support projects", "个", "135", "135个产业帮扶项目")
    d.f("poverty_support_people", "产业帮扶带动脱贫和边缘人口", "People supported by industry projects", "人", "7838",
        "带动脱贫和边缘人口7838人")
    d.f("sanitary_toilet_coverage", "卫生户厕普及率", "Sanitary toilet coverage", "%", "71.1", "卫生户厕普及率达到71.1%")
    d.f("rural_waste_coverage", "生活垃圾治理覆盖率", "Rural waste treatment coverage", "%", "97.4", "生活垃圾治理覆盖率达到97.4%")
    d.f("village_sewage_treatment_rate", "水源地周边建制村生活污水处理率", "Sewage treatment near water sources", "%", "60",
        "生活污水处理率达到60%以上")
    for key, zh, en, v in [("manure_recycling_rate", "畜禽粪污回收利用率", "Manure recycling rate", "90"),
                           ("straw_recycling_rate", "秸秆回收利用率", "Straw recycling rate", "86"),
                           ("film_recycling_rate", "废旧地膜回收利用率", "Plastic film recycling rate", "83")]:
        d.f(key, zh, en, "%", v, "秸秆和废旧地膜回收利用率分别达到90%、86%和83%")
    d.f("beijing_rail_passengers_daily", "进京高铁客运量", "High-speed rail passengers to Beijing per day", "人", "5200",
        "进京高铁客运量由每天2880人增至5200人", notes="Per day (每天); up from 2880 (earlier date not given).")
    d.f("domestic_air_routes_new", "新增国内航线", "New domestic air routes", "条", "14", "新增国内航线14条")
    d.f("low_carbon_projects", "应对气候变化和低碳发展项目库入库项目", "Low-carbon project pool", "个", "48", "入库项目48个")
    d.f("low_carbon_projects_investment", "低碳项目库总投资", "Investment of the low-carbon pool", "亿元", "61",
        "入库项目48个、总投资61亿元")
    d.f("carbon_use_projects", "重点碳利用项目", "Key carbon-use projects", "个", "9", "9个重点碳利用项目落地实施")
    d.f("power_firms_in_carbon_market", "进入全国碳排放权交易市场的发电企业", "Power firms in the national carbon market", "家",
        "15", "15家发电企业平稳有序进入全国碳排放权交易市场")
    d.f("clean_heating_households", "实现清洁取暖居民", "Households with clean heating", "万户", "5.4", "5.4万余户居民实现清洁取暖")
    d.f("surface_water_good_ratio", "地表水国考断面水质优良比例", "Share of national surface-water sections of good quality",
        "%", "87.5", "从75%提高到87.5%", notes="Up from 75% (earlier period not given).")
    d.f("forest_grassland_restored", "保护修复森林草原面积", "Forest and grassland restored", "万亩", "186",
        "保护修复森林草原面积186万亩")
    d.f("startup_guarantee_loans", "发放创业担保贷款", "Start-up guaranteed loans", "亿元", "5.4", "发放创业担保贷款5.4亿元")
    d.f("pension_enrolees_new", "新增企业职工养老保险参保人数", "New enterprise pension enrolees", "万人", "4.6",
        "新增企业职工养老保险参保人数4.6万人")
    d.f("pension_increase_monthly", "企业退休人员月人均增加养老金", "Monthly pension increase per retiree", "元", "145",
        "企业退休人员月人均增加养老金145元")
    d.f("urban_subsistence_allowance", "城市低保标准", "Urban subsistence allowance", "元", "795",
        "城乡低保标准分别提高到每月795元和每年7044元", notes="Per month (每月).")
    d.f("rural_subsistence_allowance", "农村低保标准", "Rural subsistence allowance", "元", "7044",
        "城乡低保标准分别提高到每月795元和每年7044元", notes="Per year (每年).")
    d.f("urban_extreme_poverty_support", "城市特困人员救助标准", "Urban extreme-poverty support", "元", "1695",
        "城乡特困人员救助标准分别提高到每月1695元和每年10600元", notes="Per month (每月).")
    d.f("rural_extreme_poverty_support", "农村特困人员救助标准", "Rural extreme-poverty support", "元", "10600",
        "城乡特困人员救助标准分别提高到每月1695元和每年10600元", notes="Per year (每年).")
    d.f("elderly_care_stations", "居家社区养老服务站点", "Home and community elderly-care stations", "个", "119",
        "建成居家社区养老服务站点119个")
    d.f("infant_care_pilots", "婴幼儿照护服务试点", "Infant care pilots", "个", "13", "婴幼儿照护服务试点13个")
    d.f("heating_coal_for_farmers", "为农牧民低价订购暖心煤", "Cheap heating coal for farmers", "万吨", "23.5",
        "为农牧民低价订购暖心煤23.5万吨")
    d.f("schools_built_or_expanded", "幼儿园、中小学新改扩建工程", "Kindergartens and schools built or expanded", "个", "26",
        "26个幼儿园、中小学新改扩建工程全部完成")
    d.f("outdoor_fitness_equipment", "室外健身器材", "Outdoor fitness equipment installed", "件", "2200",
        "室外健身器材2200余件")
    d.f("case_clearance_rate_rise", "破案率提升", "Rise in case clearance rate", "%", "15.4", "破案率提升15.4%")
    d.f("major_crime_rate_decline", "八大类案件发案率下降", "Fall in eight major crime categories", "%", "6.8",
        "八大类案件发案率下降6.8%", notes="A fall, stored as written (positive).")

    p = Doc(reg, F1, "league", "150200", B, "2022", "2022年", kind="target", notes=Y22)
    p.f("urban_registered_unemployment", "城镇登记失业率", "Registered urban unemployment rate", "%", "4",
        "城镇登记失业率控制在4%以内")
    p.f("key_projects_signed", "签约重点项目", "Key projects to sign", "个", "1000", "签约重点项目1000个以上")
    p.f("domestic_funds_received_growth", "引进国内(区外)到位资金增长", "Growth of domestic funds received", "%", "15",
        "引进国内(区外)到位资金增长15%")
    p.f("new_materials_output", "新材料产业产值", "New-materials industry output", "亿元", "2600", "力争新材料产业产值达到2600亿元")
    p.f("magnetic_materials_output", "磁性材料产量", "Magnetic materials output", "万吨", "6", "力争磁性材料产量达到6万吨")
    p.f("hydrogen_storage_materials_output", "储氢材料产量", "Hydrogen-storage materials output", "万吨", "0.4",
        "储氢材料产量达到0.4万吨")
    p.f("polishing_materials_output", "抛光材料产量", "Polishing materials output", "万吨", "2", "抛光材料产量达到2万吨")
    p.f("rare_earth_industry_output", "稀土产业产值", "Rare-earth industry output", "亿元", "500", "稀土产业产值达到500亿元")
    p.f("polysilicon_capacity", "多晶硅料产能", "Polysilicon capacity", "万吨", "37.5", "力争年内多晶硅料产能达到37.5万吨")
    p.f("monocrystalline_pulling_capacity", "单晶拉棒产能", "Monocrystalline ingot capacity", "GW", "96",
        "单晶拉棒产能达到96GW")
    p.f("pv_industry_output", "光伏产业产值", "Photovoltaic industry output", "亿元", "500", "单晶拉棒产能达到96GW,产值达到500亿元")
    p.f("thermal_flexibility_retrofits", "火电灵活性改造", "Coal plant flexibility retrofits", "个", "8",
        "加快华电、华能等8个火电灵活性改造")
    p.f("new_energy_capacity_added", "新增新能源装机容量", "New renewable capacity", "万千瓦", "330", "新增新能源装机容量330万千瓦")
    p.f("new_energy_capacity_share", "新能源装机比重", "Renewable share of installed capacity", "%", "47", "装机比重达到47%以上")
    p.f("wind_turbine_capacity", "风电整机产能", "Wind turbine manufacturing capacity", "台", "3000",
        "尽快形成风电整机3000台、发电机3500台、齿轮箱3500台的产能")
    p.f("wind_generator_capacity", "发电机产能", "Generator manufacturing capacity", "台", "3500", "风电整机3000台、发电机3500台")
    p.f("gearbox_capacity", "齿轮箱产能", "Gearbox manufacturing capacity", "台", "3500", "齿轮箱3500台的产能")
    p.f("truck_battery_swap_stations", "重卡换电站", "Heavy-truck battery-swap stations", "座", "40", "建设重卡换电站40座",
        unit_en="stations")
    p.f("logistics_value_added_growth", "物流业增加值增长", "Logistics value added growth", "%", "15",
        "全年物流业增加值增长15%以上")
    p.f("service_manufacturing_demo_firms", "服务型制造示范企业", "Service-manufacturing demonstration firms", "户", "10",
        "培育服务型制造示范企业10户")
    p.f("industrial_design_centres_regional", "自治区级工业设计中心", "Regional industrial design centres", "户", "10",
        "自治区级工业设计中心10户")
    p.f("trade_enterprises_above_quota_new", "新增批零住餐限上企业", "New above-quota trade and catering firms", "家", "200",
        "新增批零住餐限上企业200家以上")
    p.f("ecommerce_firms_cultivated", "培育重点电商企业", "Key e-commerce firms to cultivate", "户", "150",
        "培育重点电商企业150户以上")
    p.f("tourism_revenue_growth", "旅游收入增长", "Tourism revenue growth", "%", "15", "旅游收入增长15%以上")
    p.f("high_standard_farmland_new", "新建高标准农田", "High-standard farmland to build", "万亩", "17.6", "新建高标准农田17.6万亩")
    p.f("maize_soy_strip_planting", "玉米大豆带状复合种植面积", "Maize–soy strip planting", "万亩", "60",
        "推广玉米大豆带状复合种植面积60万亩")
    p.f("grain_output", "粮食产量", "Grain output", "亿斤", "25.5", "确保全年粮食产量达到25.5亿斤以上")
    p.f("facility_agriculture_bases_upgraded", "改造升级设施农业标准化生产基地", "Facility-agriculture bases to upgrade", "个",
        "30", "改造升级30个设施农业标准化生产基地")
    p.f("livestock_inventory", "牲畜存栏", "Livestock inventory", "万头(只)", "600", "牲畜存栏达到600万头(只)以上",
        unit_en="10,000 head")
    p.f("agriculture_key_projects", "现代农牧业重点项目", "Modern agriculture key projects", "个", "102",
        "实施总投资246亿元的现代农牧业重点项目102个")
    p.f("agriculture_key_projects_investment", "现代农牧业重点项目总投资", "Investment of agriculture key projects", "亿元",
        "246", "实施总投资246亿元的现代农牧业重点项目102个")
    p.f("farm_processing_rate", "农畜产品加工转化率", "Farm-produce processing rate", "%", "76", "农畜产品加工转化率达到76%")
    p.f("leading_agri_firms_new", "培育市级以上龙头企业", "Leading agricultural firms to cultivate", "家", "10",
        "培育市级以上龙头企业10家")
    p.f("industrial_consortia", "产业化联合体", "Industrial consortia", "家", "5", "打造产业化联合体5家")
    p.f("farmer_cooperatives_regional", "自治区级农牧民专业合作社", "Regional farmer cooperatives", "家", "10",
        "自治区级农牧民专业合作社10家以上")
    p.f("farm_ecommerce_sales_growth", "农畜产品电商销售额增长", "Farm e-commerce sales growth", "%", "20",
        "农畜产品电商销售额增长20%")
    p.f("tech_smes_new", "新培育认定科技型中小企业", "New tech-based SMEs", "家", "350", "新培育认定科技型中小企业350家")
    p.f("high_tech_enterprises_new", "新培育认定高新技术企业", "New high-tech enterprises", "家", "50", "高新技术企业50家以上")
    p.f("government_rd_funds_growth", "政府研发引导经费增长", "Growth of government R&D funds", "%", "20",
        "今年政府投入的研发引导经费增长20%")
    p.f("industrial_rd_coverage", "规上工业企业研发活动覆盖率", "R&D coverage of above-scale firms", "%", "30",
        "带动规上工业企业研发活动覆盖率达到30%以上")
    p.f("rd_intensity_increase", "R&D经费投入强度提高", "Rise in R&D intensity", "%", "10", "R&D经费投入强度提高10%")
    p.f("innovation_platforms_new", "新增国家、自治区级创新平台", "New national and regional innovation platforms", "家", "20",
        "新增国家、自治区级创新平台20家以上")
    p.f("academician_workstations_new", "新增院士工作站", "New academician workstations", "家", "2", "院士工作站2家")
    p.f("key_technology_projects", "关键技术攻关和成果转化项目", "Key technology and transfer projects", "个", "80",
        "等80个关键技术攻关和成果转化项目")
    p.f("incubators_new", "新认定科技企业孵化器、众创空间", "New incubators and maker spaces", "家", "8", "众创空间8家")
    p.f("tech_transfer_bases_new", "自治区科技成果转移转化示范基地", "Regional tech-transfer bases", "家", "1",
        "自治区科技成果转移转化示范基地1家")
    p.f("leading_talent_teams", "国家、自治区级领军人才团队", "National and regional leading talent teams", "个", "15",
        "培育国家、自治区级领军人才团队15个以上")
    p.f("high_skill_workers_new", "新增高技能人才", "New highly skilled workers", "人", "5000", "新增高技能人才5000人以上")
    p.f("talent_recruited", "引进高层次和紧缺人才", "High-level and scarce talent to recruit", "人", "6500",
        "引进高层次和紧缺人才6500人以上")
    p.f("5g_base_stations_new", "新增5G基站", "New 5G base stations", "座", "1000", "新增5G基站1000座以上", unit_en="stations")
    p.f("industrial_internet_platforms", "行业级工业互联网平台", "Industry-level internet platforms", "个", "10",
        "行业级工业互联网平台达到10个以上")
    p.f("digital_transformation_projects", "数字化改造项目", "Digital transformation projects", "个", "100",
        "完成100个数字化改造项目")
    p.f("digital_construction_projects", "数字化建设项目", "Digital construction projects", "个", "100", "培育100个数字化建设项目")
    p.f("dark_factories", "无人化、黑灯化示范工厂", "Lights-out demonstration factories", "个", "10", "打造10个“无人化、黑灯化”示范工厂")
    p.f("smart_city_scenarios", "智慧应用场景", "Smart-city application scenarios", "个", "20", "推开20个应用场景")
    p.f("major_projects", "重大项目", "Major projects", "个", "902", "实施总投资5962亿元的重大项目902个")
    p.f("major_projects_total_investment", "重大项目总投资", "Total investment of major projects", "亿元", "5962",
        "实施总投资5962亿元的重大项目902个")
    p.f("major_projects_investment", "重大项目完成投资", "Investment completed in major projects", "亿元", "1300",
        "完成投资1300亿元")
    p.f("major_projects_completed", "重大项目竣工", "Major projects to complete", "个", "200", "年底竣工200个以上")
    p.f("convenience_circle_demos", "一刻钟便民生活圈示范点", "15-minute convenience circle demos", "个", "10",
        "打造10个一刻钟便民生活圈示范点")
    p.f("postal_outlets_new", "布设邮政快递网点", "Postal and express outlets", "个", "50", "布设邮政快递网点50个")
    p.f("village_express_coverage", "嘎查村快递服务覆盖率", "Village express coverage", "%", "95", "嘎查村快递服务覆盖率达到95%")
    p.f("park_area_assessments", "园区区域评估", "Park regional assessments", "项", "46", "完成46项区域评估和4个规划编制")
    p.f("park_plans", "园区规划编制", "Park plans", "个", "4", "完成46项区域评估和4个规划编制")
    p.f("park_infrastructure_projects", "园区基础设施项目", "Park infrastructure projects", "个", "42", "实施42个园区基础设施项目")
    p.f("new_market_entities", "新增市场主体", "New market entities", "万户", "2.5", "新增市场主体2.5万户")
    p.f("apps_on_mengsuban", "接入蒙速办的政务、生活服务应用", "Apps joining 蒙速办", "个", "300",
        "推动300个政务、生活服务应用接入“蒙速办”")
    p.f("specialised_smes_upgraded", "升级为专精特新示范企业", "Firms to become specialised SMEs", "户", "30",
        "推动30户企业升级为国家、自治区级“专精特新”示范企业")
    p.f("foreign_trade_growth", "对外贸易进出口总额增长", "Foreign trade growth", "%", "10", "对外贸易进出口总额增长10%")
    p.f("foreign_firms_landed", "引进落地外资企业", "Foreign firms to land", "户", "10", "力争引进落地10户以上")
    p.f("sister_cities_new", "建立友好城市关系的国外城市", "New foreign sister cities", "个", "2", "力争与2个国外城市建立友好城市关系")
    p.f("urban_construction_projects", "城市建设十大工程项目", "Urban construction projects", "个", "319",
        "实施投资1003.6亿元的319个项目")
    p.f("urban_construction_investment", "城市建设十大工程投资", "Investment of urban construction projects", "亿元", "1003.6",
        "实施投资1003.6亿元的319个项目")
    p.f("arterial_roads_rebuilt", "改造骨架干道", "Arterial roads to rebuild", "条", "8", "改造林荫路等8条骨架干道")
    p.f("dead_end_roads_opened", "打通断头路", "Dead-end roads to open", "条", "10", "继续打通鄂日登路等10条断头路")
    p.f("district_renewals", "片区更新改造", "District renewals", "处", "5", "在主城区启动5处片区更新改造")
    p.f("old_compounds_renovated", "老旧小区改造项目", "Old-compound renovation projects", "个", "193", "完成改造项目193个、516万平方米")
    p.f("old_compounds_renovated_area", "老旧小区改造面积", "Old-compound renovation area", "万平方米", "516",
        "完成改造项目193个、516万平方米")
    p.f("old_compounds_households", "老旧小区改造惠及居民", "Households benefiting from renovation", "万户", "6.1",
        "惠及居民6.1万户")
    p.f("new_district_roads", "新都市区市政道路管网", "New-district roads and pipes", "条", "18", "完成18条市政道路管网")
    p.f("new_district_green_projects", "新都市区绿化项目", "New-district greening projects", "个", "7", "7个绿化项目建设")
    p.f("old_town_area", "北梁腾空区古城风貌区", "Old-town area of 北梁", "平方公里", "2.3",
        "加快北梁腾空区2.3平方公里古城风貌区建设", unit_en="km²")
    p.f("parking_spaces_new", "新增停车位", "New parking spaces", "个", "5000", "新增停车位5000个")
    p.f("charging_piles", "建成充电桩", "Charging piles", "个", "700", "建成充电桩700个")
    p.f("pocket_parks", "建设口袋公园", "Pocket parks to build", "处", "20", "建设20处口袋公园")
    p.f("sports_parks_upgraded", "改造升级体育公园和社区运动休闲场地", "Sports parks to upgrade", "个", "30",
        "改造升级30个体育公园")
    p.f("gas_pipes_renewed", "燃气管网改造", "Gas pipes to renew", "公里", "117", "完成剩余117公里燃气管网改造")
    p.f("green_building_share", "绿色建筑占新建建筑比例", "Green share of new buildings", "%", "100",
        "绿色建筑占新建建筑比例达到100%")
    p.f("prefabricated_building_share", "装配式建筑占比", "Prefabricated building share", "%", "20", "装配式建筑占比达到20%左右")
    p.f("prefabricated_building_share_core", "主城区装配式建筑占比", "Prefabricated share in the main city", "%", "25",
        "主城区达到25%以上")
    p.f("building_energy_retrofit", "既有建筑节能改造", "Energy retrofit of existing buildings", "万平方米", "20",
        "实施规模不低于20万平方米既有建筑节能改造", notes="不低于 = at least.")
    p.f("clean_heating_households", "清洁取暖改造", "Households to convert to clean heating", "万户", "2.24",
        "完成剩余清洁取暖改造任务2.24万户")
    p.f("security_devices_households", "居民技防设施安装", "Households with security devices", "万户", "63",
        "居民技防设施安装任务63万户")
    p.f("reclaimed_water_rate_increase", "再生水利用率提高", "Rise in reclaimed-water use", "个百分点", "10",
        "力争再生水利用率提高10个百分点")
    p.f("compounds_waste_sorting", "实现生活垃圾分类的居民小区", "Compounds sorting waste", "个", "680",
        "推动主城区680个居民小区实现生活垃圾分类")
    p.f("villages_waste_sorting", "开展生活垃圾分类的村", "Villages sorting waste", "个", "210", "在210个村开展生活垃圾分类工作")
    p.f("public_rent_subsidy_households", "新增发放公租房补贴", "New public-rent subsidy households", "户", "991",
        "新增发放公租房补贴991户")
    p.f("rental_housing_raised", "筹集保障性租赁住房", "Subsidised rental housing to raise", "套", "1298",
        "筹集保障性租赁住房1298套")
    p.f("back_streets_renovated", "背街小巷治理", "Back streets to renovate", "条", "125", "高标准完成125条背街小巷治理")
    p.f("public_toilets_built", "新建、改造公共厕所", "Public toilets to build or rebuild", "座", "150", "新建、改造150座公共厕所",
        unit_en="facilities")
    p.f("household_toilets_rebuilt", "新建改造户厕", "Household toilets to build or rebuild", "户", "8000",
        "新建改造户厕8000户以上")
    p.f("villages_greened", "绿化美化村庄", "Villages to green", "个", "34", "绿化美化村庄34个")
    p.f("sewage_plants", "建设污水处理厂", "Sewage plants to build", "个", "23", "建设污水处理厂23个")
    p.f("villages_waste_treated", "生活垃圾处理嘎查村", "Villages with waste treatment", "个", "74", "对74个嘎查村生活垃圾进行处理")
    p.f("beautiful_courtyards_share", "建成美丽庭院比例", "Share of beautiful courtyards", "%", "40",
        "推动40%以上庭院建成美丽庭院")
    p.f("model_courtyards_share", "建成精品庭院比例", "Share of model courtyards", "%", "10", "10%建成精品庭院")
    p.f("custom_reform_pilot_villages", "移风易俗试点嘎查村", "Villages piloting custom reform", "个", "30",
        "选取30个嘎查村作为推进试点")
    p.f("technical_upgrade_projects", "企业技术改造项目", "Technical upgrade projects", "个", "150", "实施企业技术改造项目150个以上")
    p.f("motors_upgraded", "改造升级传统电机", "Conventional motors to upgrade", "万台", "1", "改造升级传统电机1万台",
        unit_en="10,000 units")
    p.f("ferroalloy_firms_exiting", "铁合金企业限制类矿热炉退出", "Ferro-alloy firms retiring restricted furnaces", "户", "20",
        "推动20户铁合金企业")
    p.f("green_factories_new", "新增绿色工厂", "New green factories", "个", "20", "新增绿色工厂20个")
    p.f("green_design_products_new", "新增绿色设计产品", "New green-design products", "个", "20", "绿色设计产品20个")
    p.f("zero_carbon_parks", "零碳园区", "Zero-carbon parks to plan", "个", "2", "规划建设2个零碳园区和4个低碳园区")
    p.f("low_carbon_parks", "低碳园区", "Low-carbon parks to plan", "个", "4", "规划建设2个零碳园区和4个低碳园区")
    p.f("green_mines", "建成绿色矿山", "Green mines", "家", "15", "年内建成绿色矿山15家")
    p.f("forestry_construction", "林业生态建设任务", "Forestry construction", "万亩", "30", "完成林业生态建设任务30万亩以上")
    p.f("grassland_restoration", "草原生态修复", "Grassland restoration", "万亩", "40", "草原生态修复40万亩")
    p.f("new_jobs", "新增就业", "New jobs", "万人", "4", "新增就业4万人以上")
    p.f("subsidised_skills_training", "补贴制技能培训", "Subsidised skills training", "万人次", "5", "开展补贴制技能培训5万人次以上")
    p.f("startup_guarantee_loans", "发放创业担保贷款", "Start-up guaranteed loans", "亿元", "3.5", "发放创业担保贷款3.5亿元")
    p.f("incubation_bases_new", "新增创业孵化基地等载体", "New start-up incubation bases", "个", "30",
        "新增创业孵化基地等载体30个以上")
    p.f("young_talent_attracted", "吸引青年人才来包就业创业", "Young talent attracted", "万", "1.8",
        "吸引1.8万以上青年人才来包就业创业", notes="Unit 万 (people) as written.")
    p.f("pension_enrolees_new", "新增企业职工养老保险参保人数", "New enterprise pension enrolees", "万人", "4",
        "新增企业职工养老保险参保人数4万人")
    p.f("communities_with_care_stations", "建成居家社区养老服务站点的社区比例", "Share of communities with care stations", "%",
        "90", "90%以上的社区建成居家社区养老服务站点")
    p.f("public_kindergarten_share", "公办幼儿园在园幼儿占比", "Share of children in public kindergartens", "%", "51",
        "推动公办幼儿园在园幼儿占比达到51%以上")
    p.f("inclusive_kindergarten_rate", "普惠率", "Inclusive kindergarten rate", "%", "93", "普惠率达到93%以上")
    p.f("schools_improved", "改善办学条件的义务教育学校", "Schools with improved conditions", "所", "70",
        "改善全市70所义务教育学校办学条件")
    p.f("education_groups", "优质基础教育集团", "Quality education groups", "个", "5", "打造5个优质基础教育集团")
    p.f("fitness_trails", "改造建设各类健身步道", "Fitness trails to build", "公里", "300", "改造建设各类健身步道300公里")
    p.f("cultural_facilities_built", "新改扩建公共文化设施", "Public cultural facilities to build", "个", "11",
        "新改扩建11个公共文化设施")
    p.f("new_cultural_spaces", "小而美城乡新型公共文化空间", "New small cultural spaces", "个", "100", "创新打造100个“小而美”")
    p.f("heritage_repair_projects", "重点文物抢险修缮工程", "Heritage repair projects", "项", "10", "实施10项重点文物抢险修缮工程")
