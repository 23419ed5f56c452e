"""The 2014 包头市 government work report inside the news file (000): the 2013 review
(achieved figures; the opening 预计 sentence is in build_from_seeds.py) and the 2014 plan."""
from factlib import Doc

F0 = "000_58d60768b51bfc0c.txt"
B13 = "包头市 2014 government work report (2014-01-09), review of 2013: achieved figures."
B14 = "包头市 2014 government work report (2014-01-09): 2014 plan (预期目标/全年/新建/完成)."
B = "包头市"


def add(reg):
    d = Doc(reg, F0, "league", "150200", B, "2013", "2013年", notes=B13)
    d.f("power_cost_savings", "累计降低企业用电成本", "Electricity cost savings for firms", "亿元", "6.9",
        "累计降低企业用电成本6.9亿元")
    d.f("tax_relief_for_firms", "减免税费", "Tax relief for firms", "亿元", "12", "减免税费12亿元")
    d.f("loss_making_firms_reduced", "减少亏损企业", "Fewer loss-making firms", "户", "63", "减少亏损企业63户")
    d.f("idle_firms_resumed", "停产半停产企业恢复生产", "Idle above-scale firms resumed", "户", "16",
        "16户规模以上停产半停产企业恢复生产")
    d.f("key_projects", "投资5000万元以上重点项目", "Key projects over 50 million yuan", "个", "901",
        "全年实施投资5000万元以上重点项目901个")
    d.f("key_projects_completed", "重点项目竣工", "Key projects completed", "个", "425", "重点项目901个,竣工425个")
    d.f("energy_intensive_share_decline", "高耗能产业占规模以上工业比重下降", "Fall in the energy-intensive share",
        "个百分点", "3", "高耗能产业占规模以上工业比重下降3个百分点")
    d.f("equipment_growth_contribution", "装备制造业对经济增长贡献率", "Equipment manufacturing contribution to growth",
        "%", "28", "装备制造业对经济增长贡献率达到28%")
    d.f("high_tech_growth_premium", "高新技术产业增长高于规模以上工业增速", "High-tech growth above industry",
        "个百分点", "2", "高新技术产业增长高于规模以上工业增速2个百分点")
    d.f("research_results_industrialised", "达到产业化阶段的重点科研成果", "Research results industrialised", "项", "17",
        "17项重点科研成果达到产业化阶段")
    d.f("service_investment_growth", "服务业投资增速", "Service-sector investment growth", "%", "23",
        "服务业投资增速达到23%")
    d.f("leading_agri_firms_new", "新增产业化龙头企业", "New leading agricultural firms", "家", "12", "新增产业化龙头企业12家")
    d.f("cooperatives_new", "新增合作社", "New cooperatives", "个", "307", "合作社307个")
    d.f("urban_construction_projects", "城建重点项目", "Urban construction key projects", "个", "198",
        "实施城建重点项目198个")
    d.f("urban_construction_investment", "城建重点项目完成投资", "Investment of urban construction projects", "亿元",
        "307", "实施城建重点项目198个,完成投资307亿元")
    d.f("roads_built", "新建改建道路", "Roads built or rebuilt", "条", "25", "新建改建道路25条")
    d.f("compounds_heating_gas_renewed", "供热和天然气管网改造小区", "Compounds with heating and gas networks renewed", "个",
        "27", "对27个小区供热和天然气管网进行了改造")
    d.f("sewage_plants_expanded", "扩建污水处理厂", "Sewage plants expanded", "座", "5", "扩建了5座污水处理厂",
        unit_en="plants")
    d.f("village_roads_new", "新增农村牧区通村公路", "New village roads", "公里", "290", "新增农村牧区通村公路290公里")
    d.f("irrigation_investment", "农田水利基础设施投资", "Investment in irrigation", "亿元", "2.67",
        "投资2.67亿元改善农田水利基础设施")
    d.f("villages_relocated", "整合搬迁村庄", "Villages relocated", "个", "50", "整合搬迁村庄50个、1659户")
    d.f("households_relocated", "整合搬迁户", "Households relocated", "户", "1659", "整合搬迁村庄50个、1659户")
    d.f("cadres_mobilised", "开展百日攻坚战干部职工", "Cadres mobilised for the shanty-town drive", "名", "2000",
        "抽调全市2000多名干部职工")
    d.f("shantytown_funds", "累计争取各类建设资金", "Construction funds obtained", "亿元", "60", "累计争取各类建设资金60亿元")
    d.f("resettlement_housing_area_started", "开工建设安置房面积", "Resettlement housing started, area", "万平方米",
        "150", "开工建设150万平方米、1.93万套安置房")
    d.f("resettlement_housing_started", "开工建设安置房", "Resettlement housing started", "万套", "1.93",
        "开工建设150万平方米、1.93万套安置房")
    d.f("resettlement_housing_bought", "完成回购安置房", "Resettlement housing bought back", "套", "5653", "完成回购安置房5653套")
    d.f("transition_housing", "周转过渡房", "Transition housing", "套", "3000", "落实周转过渡房3000余套")
    d.f("houses_expropriated", "集中连片征拆房屋", "Houses expropriated", "万户", "1.3", "集中连片征拆房屋1.3万户")
    d.f("houses_expropriated_area", "征拆房屋面积", "Houses expropriated, area", "万平方米", "76.4", "1.3万户、76.4万平方米")
    d.f("residents_resettled", "搬迁安置居民", "Residents resettled", "万人", "3.1", "搬迁安置居民3.1万人")
    d.f("polluting_firms_closed", "关停并转高污染高耗能企业", "Polluting firms closed or converted", "户", "318",
        "对318户高污染、高耗能企业实施了关停并转")
    d.f("dust_project_investment", "尘源点治理工程投资", "Investment of the dust-source project", "亿元", "3.8",
        "投资3.8亿元的尘源点治理工程")
    d.f("roadside_polluters", "公路沿线重点污染企业", "Key polluters along roads", "户", "56", "公路沿线56户重点污染企业")
    d.f("roadside_polluters_stopped", "公路沿线停产污染企业", "Roadside polluters stopped", "户", "52", "已有52户停产")
    d.f("roadside_polluters_converted", "公路沿线转产和改造企业", "Roadside polluters converted", "户", "4",
        "4户进行了转产和改造")
    d.f("railside_coal_yards", "铁路沿线煤场", "Coal yards along railways", "户", "278", "铁路沿线278户煤场")
    d.f("railside_coal_yards_closed", "铁路沿线关停煤场", "Railside coal yards closed", "户", "210", "已有210户予以关停")
    d.f("buildings_demolished_area", "拆除影响环境的各类建筑", "Buildings demolished", "万平方米", "40.9",
        "拆除影响环境的各类建筑40.9万平方米")
    d.f("greening_area", "绿化面积", "Greening area", "万亩", "2.1", "绿化面积2.1万亩")
    d.f("corridor_cleanup_investment", "公路铁路沿线整治完成投资", "Investment in corridor clean-up", "亿元", "10.9",
        "完成投资10.9亿元")
    d.f("forestry_investment", "国家林业重点工程投入", "Investment in national forestry projects", "亿元", "4.3",
        "投入4.3亿元完成国家林业重点工程42万亩")
    d.f("national_forestry_projects", "国家林业重点工程", "National forestry projects", "万亩", "42",
        "投入4.3亿元完成国家林业重点工程42万亩")
    d.f("key_area_greening", "六大重点区域绿化", "Greening of six key areas", "万亩", "7", "六大重点区域绿化7万亩")
    d.f("grassland_subsidy_area", "草原生态补奖项目", "Grassland subsidy area", "万亩", "2400", "实施草原生态补奖项目2400万亩")
    d.f("grassland_subsidy_investment", "草原生态补奖完成投资", "Grassland subsidy investment", "亿元", "2.4",
        "实施草原生态补奖项目2400万亩,完成投资2.4亿元")
    d.f("livelihood_spending", "民生支出", "Spending on livelihoods", "亿元", "286", "民生支出达到286亿元")
    d.f("livelihood_spending_share", "民生支出占新增支出", "Livelihood share of new spending", "%", "90",
        "占全年新增支出的90%")
    d.f("small_guaranteed_loans", "发放小额担保贷款", "Small guaranteed loans", "亿元", "4", "发放小额担保贷款4亿元")
    d.f("graduate_startup_funds", "高校毕业生就业创业专项资金", "Funds for graduate start-ups", "万元", "1000",
        "安排1000万元专项资金用于高校毕业生就业创业服务")
    d.f("rural_labour_transferred", "农牧民转移就业", "Rural labour moved into work", "万人", "23.5", "农牧民转移就业23.5万人")
    d.f("pension_increase_monthly", "企业退休人员养老金月人均增加", "Monthly pension increase per retiree", "元", "185",
        "企业退休人员养老金月人均增加185元")
    d.f("urban_subsistence_increase", "城镇低保月人均提高", "Monthly rise in urban subsistence allowance", "元", "45",
        "城镇低保月人均提高45元")
    d.f("rural_subsistence_increase", "农村牧区低保年人均提高", "Yearly rise in rural subsistence allowance", "元", "276",
        "农村牧区低保年人均提高276元")
    d.f("price_subsidies", "临时物价补贴", "Temporary price subsidies", "万元", "1258", "为困难群众发放临时物价补贴1258万元")
    d.f("winter_coal_households", "免费供应冬季取暖用煤的低收入农牧户", "Poor households given winter coal", "万户", "8.5",
        "为8.5万户低收入农牧民免费供应一吨冬季取暖用煤")
    d.f("poverty_funds", "落实各类扶贫资金", "Poverty-alleviation funds", "亿元", "1.62", "全年落实各类扶贫资金1.62亿元")
    d.f("poverty_projects", "扶贫项目", "Poverty-alleviation projects", "个", "67", "实施扶贫项目67个")
    d.f("people_out_of_poverty", "解决脱贫问题的贫困人口", "People lifted out of poverty", "万", "3.5",
        "解决了3.5万贫困人口的脱贫问题", notes="Unit 万 (people) as written.")
    d.f("education_investment", "教育建设投入", "Investment in education", "亿元", "27", "教育建设投入27亿元")
    d.f("public_kindergartens_built", "新建改建公办幼儿园", "Public kindergartens built", "所", "26", "新建改建公办幼儿园26所")
    d.f("community_health_centres_built", "建成标准化社区卫生服务中心", "Community health centres built", "个", "10",
        "建成10个标准化社区卫生服务中心")

    p = Doc(reg, F0, "league", "150200", B, "2014", "2014年", kind="target", notes=B14)
    p.f("urban_disposable_income_per_capita_growth", "城镇居民人均可支配收入增长预期目标", "Urban income growth target", "%",
        "9", "城镇居民人均可支配收入增长9%左右")
    p.f("rural_net_income_per_capita_growth", "农牧民人均纯收入增长预期目标", "Rural income growth target", "%", "10",
        "农牧民人均纯收入增长10%左右")
    p.f("shantytown_expropriation_area", "北梁征收房屋", "Houses to expropriate in 北梁", "万平方米", "150",
        "征收房屋150万平方米")
    p.f("resettlement_housing_new_area", "新建安置房", "Resettlement housing to build", "万平方米", "110",
        "新建安置房110万平方米")
    p.f("resettlement_housing_delivered", "在建安置房交付使用", "Resettlement housing to deliver", "套", "7737",
        "在建安置房交付使用7737套")
    p.f("resettlement_housing_bought_area", "回购安置房", "Resettlement housing to buy back", "万平方米", "30",
        "回购安置房约30万平方米")
    p.f("households_resettled", "安置居民户", "Households to resettle", "万户", "1.5", "安置居民1.5万户、3.9万人")
    p.f("residents_resettled", "安置居民", "Residents to resettle", "万人", "3.9", "安置居民1.5万户、3.9万人")
    p.f("shantytown_projects", "棚户区(城中村)改造项目", "Shanty-town renewal projects", "个", "44",
        "重点实施棚户区(城中村)改造项目44个")
    p.f("old_compounds_beautified", "老旧小区硬化美化", "Old compounds to pave and beautify", "个", "21",
        "对全市21个老旧小区实施硬化美化")
    p.f("old_compounds_energy_retrofit", "老旧小区供热二次管网和节能改造", "Old compounds to retrofit", "个", "10",
        "对10个老旧小区实施供热二次管网和既有建筑节能改造")
    p.f("affordable_housing", "保障性安居工程建设任务", "Affordable housing to build", "万套", "1.4",
        "全年完成保障性安居工程建设任务1.4万套")
    p.f("new_district_roads", "新都市区道路", "Roads in the new district", "条", "16", "建设纬八路、世纪北路等16条道路")
    p.f("utility_tunnel", "综合管廊二期工程", "Utility tunnel phase 2", "公里", "11", "实施11公里综合管廊二期工程")
    p.f("agriculture_demo_bases", "现代农牧业示范基地", "Modern agriculture demonstration bases", "个", "30",
        "打造示范基地30个")
    p.f("vegetable_area", "蔬菜面积", "Vegetable area", "万亩", "20", "蔬菜面积稳定在20万亩")
    p.f("potato_area", "马铃薯面积", "Potato area", "万亩", "100", "马铃薯面积稳定在100万亩")
    p.f("dairy_scale_rate", "奶牛养殖规模化水平", "Scale rate of dairy farming", "%", "85",
        "奶牛养殖规模化和标准化水平达到85%和45%")
    p.f("dairy_standard_rate", "奶牛养殖标准化水平", "Standardisation rate of dairy farming", "%", "45",
        "奶牛养殖规模化和标准化水平达到85%和45%")
    p.f("sheep_scale_rate", "肉羊规模化养殖率", "Scale rate of sheep farming", "%", "80", "使规模化养殖和改良率分别达到80%和75%")
    p.f("sheep_improvement_rate", "肉羊改良率", "Breed improvement rate of sheep", "%", "75",
        "使规模化养殖和改良率分别达到80%和75%")
    p.f("logistics_projects_over_100m", "亿元以上物流项目", "Logistics projects over 100 million yuan", "个", "36",
        "重点实施亿元以上物流项目36个")
    p.f("culture_tourism_projects", "文化旅游重点项目", "Culture and tourism key projects", "个", "47",
        "全力推动47个文化旅游重点项目建设")
    p.f("rural_tourism_demos", "三星级以上乡村旅游示范点", "Rural tourism demonstration sites", "个", "30",
        "培育发展三星级以上乡村旅游示范点30个")
    p.f("air_pollution_investment", "大气污染治理投资", "Investment in air pollution control", "亿元", "30",
        "投资30亿元用于大气污染治理")
    p.f("coal_yards_closed", "关停公路、铁路沿线煤场", "Coal yards to close", "家", "307", "关停公路、铁路沿线307家煤场")
    p.f("small_coal_boilers_removed", "取缔城区燃煤小锅炉", "Small coal boilers to remove", "台", "1170",
        "取缔城区现有1170台燃煤小锅炉")
    p.f("drinking_water_investment", "改善居民饮水条件投资", "Investment in drinking water", "亿元", "7.1",
        "投资7.1亿元用于改善居民饮水条件")
    p.f("healthy_water_beneficiaries_new", "新增城区健康水受益人口", "New urban beneficiaries of safe water", "万人", "10",
        "新增城区健康水受益人口10万人以上")
    p.f("rural_drinking_water_people", "解决农村牧区饮水安全人口", "Rural people given safe drinking water", "万人", "1.5",
        "解决农村牧区1.5万人的饮水安全问题")
    p.f("northern_water_project_investment", "北部区域城乡供水工程投资", "Investment in the northern water project", "亿元",
        "6", "投资6亿元续建完成北部区域城乡供水工程")
    p.f("northern_water_project_people", "北部供水工程保障用水人口", "People served by the northern water project", "万人",
        "30", "30万人的用水需求")
    p.f("xiaobaihe_supply_capacity", "小白河年供水能力", "Annual water supply capacity of 小白河", "万立方米", "7000",
        "确保形成7000万立方米的年供水能力")
    p.f("grain_logistics_park_investment", "西部粮食现代加工物流园区总投资", "Investment of the grain logistics park", "亿元",
        "6", "规划建设总投资6亿元的内蒙古西部粮食现代加工物流园区")
    p.f("transport_investment", "改善城市交通投资", "Investment in urban transport", "亿元", "33.9", "投资33.9亿元改善城市交通")
    p.f("urban_roads_rebuilt", "新建改建城区道路", "Urban roads to build or rebuild", "条", "9", "哈屯高勒大街等9条城区道路")
    p.f("village_asphalt_roads", "新建通村沥青路", "Village asphalt roads", "公里", "300", "新建300公里通村沥青路")
    p.f("villages_reached_by_roads", "通村沥青路覆盖嘎查村", "Villages reached by new roads", "个", "34", "覆盖34个嘎查村")
    p.f("buses_renewed", "更新公交车", "Buses to renew", "台", "100", "更新公交车100台")
    p.f("bus_lines_new", "开辟新线路", "New bus lines", "条", "6", "开辟6条新线路")
    p.f("bus_stations", "新建改造公交站场", "Bus stations to build", "个", "5", "新建改造5个公交站场")
    p.f("ecology_investment", "生态环境整治投资", "Investment in ecological clean-up", "亿元", "90.7",
        "投资90.7亿元用于生态环境整治")
    p.f("national_forestry_projects", "国家林业重点工程", "National forestry projects", "万亩", "30", "完成国家林业重点工程30万亩")
    p.f("key_area_greening", "六大重点区域绿化", "Greening of six key areas", "万亩", "10", "六大重点区域绿化10万亩")
    p.f("corridor_greening", "沿线和城市出入口绿化", "Greening of corridors and city gates", "万亩", "6.4", "完成绿化6.4万亩")
    p.f("parks_built", "新建改造公园", "Parks to build or renovate", "个", "14", "大水卜洞公园等14个公园")
    p.f("new_revenue_for_livelihoods", "新增财力用于民生投入", "Share of new revenue for livelihoods", "%", "70",
        "确保新增财力70%用于民生投入")
    p.f("official_spending_cut", "压缩三公经费", "Cut in official spending", "%", "7", "压缩7%的“三公”经费用于改善民生")
    p.f("household_service_firms", "家庭服务企业", "Household service firms", "个", "100", "培育认定100个家庭服务企业")
    p.f("community_service_stations", "家庭社区服务站", "Community service stations", "个", "100", "建立100个家庭社区服务站")
    p.f("new_urban_jobs", "城镇新增就业", "New urban jobs", "万人", "4.1", "全年城镇新增就业4.1万人")
    p.f("rural_labour_transferred", "农牧民转移就业", "Rural labour moved into work", "万人", "23",
        "农牧民转移就业稳定在23万人")
    p.f("poverty_funds", "落实扶贫资金", "Poverty-alleviation funds", "亿元", "1", "落实扶贫资金1亿元")
    p.f("poverty_projects", "扶贫项目", "Poverty-alleviation projects", "个", "50", "产业化扶贫项目50个")
    p.f("poor_people_out_of_poverty", "解决脱贫问题的贫困人口", "People to lift out of poverty", "万", "3.1",
        "解决3.1万贫困人口的脱贫问题", notes="Unit 万 (people) as written.")
    p.f("rural_dilapidated_houses_renovated_hu", "改造农村牧区危旧房", "Rural dilapidated houses to renovate", "户", "5400",
        "改造农村牧区危旧房5400户")
    p.f("ecological_relocation_households", "搬迁生态脆弱地区贫困农牧民户", "Households to relocate for ecology", "户", "1450",
        "搬迁生态脆弱地区贫困农牧民1450户、4200人")
    p.f("ecological_relocation_people", "搬迁生态脆弱地区贫困农牧民", "People to relocate for ecology", "人", "4200",
        "搬迁生态脆弱地区贫困农牧民1450户、4200人")
    p.f("model_villages", "新农村新牧区精品示范村", "Model villages", "个", "10", "集中力量打造10个新农村新牧区精品示范村")
    p.f("public_kindergartens_new", "新建公办幼儿园", "Public kindergartens to build", "所", "15", "新建15所以上公办幼儿园")
    p.f("kindergarten_enrolment_rate", "适龄儿童入园率", "Kindergarten enrolment rate", "%", "80",
        "适龄儿童入园率从66.5%提高到80%以上", notes="Up from 66.5%.")
    p.f("banner_arts_centres", "标准化旗县区文化艺术中心", "Banner arts centres", "个", "8", "新建改建标准化旗县区文化艺术中心8个")
    p.f("township_cultural_stations", "乡镇综合文化站", "Township cultural stations", "个", "33", "乡镇综合文化站33个")
    p.f("community_cultural_rooms", "社区综合文化室", "Community cultural rooms", "个", "85", "社区综合文化室85个")
    p.f("township_health_centres", "建成乡镇卫生院", "Township health centres", "个", "5", "建成5个乡镇卫生院")
    p.f("village_clinics", "村卫生室", "Village clinics", "个", "40", "40个村卫生室")
    t = Doc(reg, F0, "banner", "150221", "土右旗", "2014", "2014年", kind="target", notes=B14)
    t.f("built_up_area_increase", "建成区增加", "Increase in built-up area", "平方公里", "7", "年内建成区增加7平方公里")
    t.f("urban_population_increase", "新增城镇人口", "Urban population increase", "万人", "2.8", "新增城镇人口2.8万人")
    t.f("urbanisation_rate", "城镇化率", "Urbanisation rate", "%", "50", "城镇化率达到50%")
