"""九原区 (150207) plan report of 2025-01-20 (002): the 2024 review and the 2025 plan,
beyond the headline figures in build_from_seeds.py."""
from factlib import Doc

F2 = "002_595c57a3f4bbaf90.txt"
REV = "九原区 plan report of 2025-01-20, review of 2024."
PLAN = "九原区 plan report of 2025-01-20: 2025 plan (预期目标/力争/计划)."
PARK = "包头新材料产业园区"


def add(reg):
    d = Doc(reg, F2, "banner", "150207", "九原区", "2024", "2024年", notes=REV)
    e = Doc(reg, F2, "banner", "150207", "九原区", "2024", "2024年", kind="estimate",
            notes="九原区 plan report of 2025-01-20; 预计全年 (expected full-year).")
    e.f("urban_registered_unemployment", "城镇登记失业率", "Registered urban unemployment rate", "%", "3.9",
        "城镇登记失业率保持在3.9%以内")
    d.f("projects_signed_into_park", "签订入园项目", "Projects signed to enter the park", "个", "18",
        "瑞晶香料年产8000吨橡塑发泡剂等18个项目签订入园")
    d.f("trade_in_consumption", "带动新能源汽车、家电家居等消费", "Consumption of NEVs and appliances driven",
        "亿元", "2", "带动新能源汽车、家电家居等消费突破2亿元")
    d.f("car_trade_in_applications", "汽车以旧换新初审申请", "Car trade-in applications (first review)", "件",
        "3362", "累计完成汽车以旧换新初审申请3362件")
    d.f("livestream_sales", "直播销售金额", "Live-stream sales", "万", "241", "实现直播销售金额241万",
        notes="Unit 万 as written (no 元).")
    d.f("restaurants_shortlisted", "特色餐饮商户进入候选名单", "Speciality restaurants shortlisted", "家", "29",
        "29家特色餐饮商户进入候选名单")
    d.f("convenience_circle_pilots", "一刻钟便民生活圈试点", "15-minute convenience circle pilots", "个", "4",
        "打造试点4个")
    d.f("new_merchants", "商户入驻", "Merchants moved in", "家", "10", "胖墩肉饼等10余家商户入驻")
    d.f("cash_crop_output", "经济作物产量", "Cash crop output", "万吨", "45.5", "经济作物产量45.5万吨")
    d.f("cash_crop_output_growth", "经济作物产量增长", "Cash crop output growth", "%", "1",
        "经济作物产量45.5万吨,同比增长1%")
    d.f("new_high_standard_farmland", "新增高标准农田", "New high-standard farmland", "亩", "5600",
        "新增建设5600亩高标准农田")
    d.f("saline_land_transferred", "流转土地开展盐碱地综合治理", "Land transferred for saline-land treatment", "亩",
        "1200", "流转1200亩土地开展综合治理")
    d.f("saline_land_pepper_demo", "盐碱地辣椒示范种植", "Saline-land pepper demonstration planting", "亩",
        "6000", "推动6000余亩盐碱地辣椒示范种植项目")
    d.f("meat_output_growth", "肉类产量增长", "Meat output growth", "%", "20.9", "肉类产量同比增长20.9%")
    d.f("egg_output_growth", "禽蛋产量增长", "Egg output growth", "%", "30.81", "禽蛋产量同比增长30.81%")
    d.f("aquatic_output_growth", "水产品产量增长", "Aquatic products output growth", "%", "3.9",
        "水产品产量同比增长3.9%")
    d.f("new_greenhouses", "新建温室大棚", "New greenhouses", "亩", "150", "新建150亩温室大棚")
    d.f("agri_processing_enterprises_landed", "农副产品加工类企业落地", "Farm-produce processors set up", "个", "3",
        "巨牧屠宰等3个农副产品加工类企业落地")
    d.f("key_laboratories_new", "获批自治区级重点实验室", "Regional key laboratories approved", "家", "1",
        "获批自治区级材料智能自动化研发重点实验室1家")
    d.f("enterprise_rd_centres_new", "自治区企业研发中心", "Regional enterprise R&D centres approved", "家", "3",
        "自治区企业研发中心3家")
    d.f("tech_smes_new", "新获评科技型中小企业", "Newly rated tech-based SMEs", "家", "68",
        "全年新获评科技型中小企业68家")
    d.f("high_tech_enterprises_new", "新获评高新技术企业", "Newly rated high-tech enterprises", "家", "6",
        "高新技术企业6家")
    d.f("quality_smes_cultivated", "培育优质中小企业", "Quality SMEs cultivated", "家", "10", "培育优质中小企业10家")
    d.f("park_service_requests", "受理办件及业务咨询", "Service requests handled in the park", "次", "470",
        "受理办件及业务咨询470余次", level="point", point_name=PARK, category="park")
    d.f("park_projects_assisted", "全流程帮办代办服务项目", "Projects given full-process assistance", "个", "32",
        "为32个项目提供全流程帮办代办服务", level="point", point_name=PARK, category="park")
    d.f("matchmaking_intended_deals", "产销对接促成意向签约", "Intended deals from supply–demand meetings", "项", "7",
        "促成意向签约7项")
    d.f("matchmaking_deal_value", "产销对接意向签约金额", "Value of intended deals", "亿元", "6", "涉及金额超6亿元")
    d.f("bank_products", "银行金融产品库", "Bank financial products listed", "个", "58", "建立银行金融产品库58个")
    d.f("firms_seeking_finance", "有融资需求企业", "Firms with financing needs collected", "家", "17",
        "征集辖区内有融资需求企业17家")
    d.f("firms_helped_funding", "帮助企业争取资金", "Firms helped to obtain funds", "家", "12", "帮助12家企业争取资金")
    d.f("funding_obtained_for_firms", "帮助企业争取资金额", "Funds obtained for firms", "万", "8000",
        "帮助12家企业争取资金8000万左右", notes="Unit 万 as written (no 元).")
    d.f("enterprises_contacted", "对接企业", "Enterprises contacted for investment", "家", "680",
        "钠美新能源等企业680余家")
    d.f("signed_projects", "签订项目", "Signed investment projects", "个", "38",
        "海博思创储能基地等项目38个")
    d.f("signed_projects_landed", "签约项目落地", "Signed projects that landed", "个", "35", "35个项目顺利落地")
    d.f("projects_signed_and_started", "当年签约当年开工项目", "Projects signed and started in the year", "个", "28",
        "28个项目实现当年签约、当年开工")
    d.f("major_projects_planned_investment", "重大项目年内计划投资", "Planned investment of major projects in the year",
        "亿元", "241.9", "年内计划投资241.9亿元")
    d.f("major_projects_new", "重大项目中新建项目", "New-build major projects", "个", "41", "其中,新建项目41个")
    d.f("major_projects_continued", "重大项目中续建项目", "Continued major projects", "个", "27", "续建项目27个")
    d.f("major_projects_start_rate", "重大项目开复工率", "Start rate of major projects", "%", "100", "开复工率100%")
    d.f("projects_completed", "建成项目", "Projects completed", "个", "26", "中远超高分子量聚乙烯薄膜等26个项目建成")
    d.f("projects_in_production", "投产项目", "Projects in production", "个", "15", "15个项目投产")
    d.f("park_infrastructure_projects_started", "园区基础设施项目开工", "Park infrastructure projects started",
        "个", "18", "已开工项目18个")
    d.f("park_infrastructure_projects_in_use", "园区基础设施项目投入使用", "Park infrastructure projects in use",
        "个", "14", "沣晟泰蒸汽管线等14个项目投入使用")
    d.f("idle_land_consolidated", "整合存量土地", "Idle land consolidated", "亩", "1180", "整合存量土地1180亩")
    d.f("urban_rural_projects_investment", "城乡建设重点项目投资", "Investment in urban–rural construction projects",
        "亿元", "8.29", "投资8.29亿元实施城乡建设重点项目25项")
    d.f("urban_rural_projects", "城乡建设重点项目", "Urban–rural construction key projects", "项", "25",
        "投资8.29亿元实施城乡建设重点项目25项")
    d.f("compounds_pipe_network_work", "二次管网探测修复小区", "Compounds with pipe networks surveyed and repaired",
        "个", "59", "完成59个小区二次管网探测")
    d.f("play_facilities_built", "建设游乐设施", "Play facilities built", "处", "13", "检察馨苑北侧等游乐设施13处")
    d.f("pocket_parks_greened", "口袋公园绿化改造", "Pocket parks re-greened", "处", "8", "完成口袋公园绿化改造8处")
    d.f("waste_sorting_facilities", "垃圾分类回收设施", "Waste-sorting collection facilities", "个", "709",
        "配置垃圾分类回收设施709个")
    d.f("compounds_waste_sorting", "设生活垃圾分类前端设施的小区", "Compounds with waste-sorting points", "个", "128",
        "128个小区设生活垃圾分类前端设施")
    d.f("compounds_timed_disposal", "定时定点投放小区", "Compounds with timed waste disposal", "个", "26",
        "26个小区实现定时定点投放")
    d.f("rural_sewage_treatment_sites", "农村牧区生活污水治理", "Rural sewage treatment sites", "处", "7",
        "完成农村牧区生活污水治理7处")
    d.f("rural_waste_handling_rate", "生活垃圾收运处置率", "Rural waste collection and disposal rate", "%", "100",
        "实现生活垃圾收运处置率100%")
    d.f("rural_road_rates", "农村危桥改造率、硬化路通路率、公路畅通率和列养率", "Rural bridge and road rates", "%", "100",
        "公路畅通率和列养率达100%", notes="One figure for four rates (危桥改造率, 硬化路通路率, 畅通率, 列养率).")
    d.f("hill_closure_afforestation", "封山育林", "Hill closure for afforestation", "万亩", "0.8", "封山育林0.8万亩")
    d.f("young_forest_tending", "中幼林抚育", "Young forest tending", "万亩", "2", "中幼林抚育2万亩")
    d.f("new_wetland_protected", "新增湿地保护地面积", "New protected wetland", "公顷", "644.17",
        "新增湿地保护地面积644.17公顷")
    d.f("green_factories_new", "获得自治区级绿色工厂称号企业", "Enterprises named regional green factories", "家", "3",
        "鑫璞3家企业获得自治区级绿色工厂称号")
    d.f("energy_monitored_enterprises", "通过能耗在线监测和节能验收的重点用能企业", "Key energy users monitored", "家", "11",
        "11家重点用能企业全部通过能耗在线监测和节能验收")
    d.f("jobs_offered", "招聘活动提供就业岗位", "Jobs offered at recruitment events", "个", "5000",
        "通过各类招聘活动提供就业岗位5000多个")
    d.f("startup_guarantee_loans", "创业担保贴息贷款", "Start-up guaranteed interest-subsidised loans", "万元", "3525",
        "发放创业担保贴息贷款3525万元")
    d.f("job_stabilisation_refunds", "稳岗返还资金", "Job-stabilisation refunds", "万元", "440.21",
        "为企业申请稳岗返还资金440.21万元")
    d.f("pension_insurance_new_enrolees", "养老保险参保人员新增扩面", "New pension insurance enrolees", "人", "7703",
        "全区养老保险参保人员新增扩面7703人")
    d.f("medical_insurance_new_enrolees", "医疗保险参保人员新增扩面", "New medical insurance enrolees", "人", "7137",
        "医疗保险参保人员新增扩面7137人")
    d.f("medical_talent_recruited", "引进高层次学科带头人、紧缺急需专业技术人才", "Medical talent recruited", "名", "16",
        "紧缺急需专业技术人才16名")
    d.f("medical_it_platform_investment", "区域医共体信息化平台投入", "Investment in the medical-alliance IT platform",
        "万元", "1500", "投入1500万元建成并使用区域医共体信息化平台")
    d.f("cultural_spaces_upgraded", "升级新型文化空间", "Cultural spaces upgraded", "个", "2", "升级“小而美”新型文化空间2个")
    d.f("regional_cultural_stations", "获评自治区级综合文化站", "Cultural stations rated at regional level", "家", "3",
        "获评自治区级综合文化站3家")
    d.f("cultural_event_attendance", "文艺展演惠及群众", "People reached by cultural events", "万人次", "20",
        "惠及群众约20万人次")
    d.f("art_works_created", "创作推出文艺作品", "Art works created", "部", "10", "创作推出文艺作品10部")
    d.f("intangible_heritage_nominated", "推荐申报自治区级非遗项目", "Intangible heritage items nominated", "个", "3",
        "推荐申报自治区级非遗项目3个")
    d.f("intangible_heritage_new", "新增区本级非遗项目", "New district-level intangible heritage items", "项", "7",
        "新增区本级非遗项目7项")
    d.f("intangible_heritage_bearers_new", "新增非遗传承人", "New intangible heritage bearers", "名", "8", "非遗传承人8名")

    # 2024 plan (附件, 计划增速 column)
    t4 = Doc(reg, F2, "banner", "150207", "九原区", "2024", "2024年", kind="target",
             notes="九原区 plan report of 2025-01-20, annex table: 2024年 计划增速 (planned growth for 2024).")
    t4.f("gdp_growth", "地区生产总值增长预期目标", "GDP growth target", "%", "9", "地区生产总值 |\n9左右")
    t4.f("above_scale_industrial_value_added_growth", "规模以上工业增加值增长预期目标",
         "Above-scale industrial value added growth target", "%", "20", "规模以上工业增加值 |\n20以上")
    t4.f("retail_sales_growth", "社会消费品零售总额增长预期目标", "Retail sales growth target", "%", "8",
         "社会消费品零售总额 |\n8以上")
    t4.f("public_budget_revenue_growth", "一般公共预算收入增长预期目标", "Public budget revenue growth target", "%", "9",
         "一般公共预算收入 |\n9以上")
    t4.f("urban_registered_unemployment", "城镇登记失业率预期目标", "Registered urban unemployment rate target", "%",
         "4", "城镇登记失业率 |\n4以内")

    # 2025 plan
    p = Doc(reg, F2, "banner", "150207", "九原区", "2025", "2025年", kind="target", notes=PLAN)
    p.f("urban_registered_unemployment", "城镇登记失业率预期目标", "Registered urban unemployment rate target", "%",
        "3.9", "——城镇登记失业率控制在3.9%以内")
    p.f("grain_sown_area", "粮食播种面积", "Grain sown area", "万亩", "20", "粮食播种面积稳定在20万亩以上")
    p.f("grain_output", "粮食产量", "Grain output", "万吨", "15", "产量达15万吨以上")
    p.f("new_high_standard_farmland", "高标准农田建设", "High-standard farmland to build", "万亩", "4",
        "积极争取4万亩高标准农田建设")
    p.f("saline_land_treatment", "盐碱地综合治理改造", "Saline land to treat", "亩", "2000", "2000亩盐碱地综合治理改造")
    p.f("facility_agriculture_built", "设施农业新建和升级改造", "Facility agriculture built or upgraded", "亩", "1000",
        "实现设施农业新建和升级改造共1000亩以上")
    p.f("smart_agriculture_bases", "智慧设施农业基地", "Smart facility-agriculture bases", "家", "3",
        "建成智慧设施农业基地3家")
    p.f("pond_standardisation", "池塘标准化改造", "Fish ponds to standardise", "亩", "500", "实施500亩池塘标准化改造项目")
    p.f("food_park_projects_in_production", "食品园区项目建成投产", "Food-park projects to start production", "个", "3",
        "确保富海乳业、金酱食品等3个项目建成投产")
    p.f("park_output_value", "园区产值", "Park output value", "亿元", "5", "力争食品园区产值突破5亿元",
        level="point", point_name="食品园区", category="park")
    p.f("park_infrastructure_investment", "基础设施配套项目总投资", "Total investment of infrastructure projects", "亿元",
        "14.48", "精准实施总投资14.48亿元的9项基础设施配套项目")
    p.f("park_infrastructure_projects", "基础设施配套项目", "Infrastructure support projects", "项", "9",
        "精准实施总投资14.48亿元的9项基础设施配套项目")
    p.f("tech_smes_new", "新增科技型中小企业", "New tech-based SMEs", "家", "20", "力争新增科技型中小企业20家")
    p.f("high_tech_enterprises_new", "新增高新技术企业和科技领军企业", "New high-tech and leading tech enterprises", "家", "5",
        "高新技术企业和科技领军企业5家")
    p.f("technology_contracts_growth", "技术交易合同增长", "Technology contracts growth", "%", "10",
        "技术交易合同增长10%以上")
    p.f("pilot_bases_public", "公共中试基地", "Public pilot-production bases", "个", "1", "力争建设公共中试基地1个")
    p.f("pilot_platforms_shared", "企业共享开放中试平台", "Shared enterprise pilot platforms", "个", "1",
        "企业共享开放中试平台1个")
    p.f("research_results_industrialised", "科技成果产业化落地", "Research results industrialised", "项", "3",
        "科技成果产业化落地3项")
    p.f("central_area_key_projects", "中心区重点项目", "Key projects in the central area", "项", "10",
        "全年计划实施重点项目10项")
    p.f("central_area_key_projects_investment", "中心区重点项目总投资", "Investment of central-area key projects",
        "亿元", "5.12", "总投资约5.12亿元")
    p.f("road_and_pipe_projects", "道路建设和管网工程完善项目", "Road and pipe-network projects", "项", "8",
        "实施道路建设和管网工程完善项目8项")
    p.f("land_transfer_new", "新增土地流转", "New land transfers", "万亩", "2", "力争新增土地流转2万亩")
    p.f("air_quality_good_days_ratio", "优良天数比率", "Share of days with good air quality", "%", "84.8",
        "优良天数比率达到84.8%以上")
    p.f("cnc_rate_key_processes", "规上工业企业关键工序数控化率", "CNC rate of key processes (above-scale industry)",
        "%", "60", "力争2025年规上工业企业关键工序数控化率达60%")
    p.f("digitalised_enterprise_share", "实现数字化规上工业企业占比", "Share of digitalised above-scale enterprises",
        "%", "50", "实现数字化规上工业企业占比达到50%以上")
    p.f("new_urban_jobs", "新增城镇就业", "New urban jobs", "人", "3500", "实现新增城镇就业3500人以上")
    p.f("culture_sport_tourism_events", "文体旅活动、赛事", "Culture, sport and tourism events", "场", "80",
        "全年组织各类文体旅活动、赛事不少于80场", notes="不少于 = at least.")
    p.f("art_works_created", "辅导创作优秀文艺作品", "Art works to create", "部", "10", "辅导文化艺术人才创作优秀文艺作品10部")
