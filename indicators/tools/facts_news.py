"""The news file (000): 2025 articles on 锡林郭勒, 如意工业园区, 开鲁县, 奈曼旗 and 如意总部基地,
and the 2014 通辽市 government work report (2013 review, 2014 plan), beyond the facts in
build_from_seeds.py."""
from factlib import Doc

F0 = "000_58d60768b51bfc0c.txt"
X = "锡林郭勒盟 cashmere processing, 1—8月 2025 (article of 2025-08-26)."
RY = ("如意工业园区 article of 2025-08-26 (今年以来); no district is named: the point is a representative "
      "point inside 呼和浩特 (league code 150100).")
KL = "通辽开鲁县 article of 2025-08-26 about 2024."
NM = "奈曼旗 article of 2025-08-26; 上半年 read as the first half of 2025."
T13 = "通辽市 2014 government work report (2014-02-10), review of 2013."
T14 = "通辽市 2014 government work report (2014-02-10): 2014 plan (主要预期目标/年内/全年/新建)."
TL = "通辽市"


def add(reg):
    x = Doc(reg, F0, "league", "152500", "锡林郭勒盟", "2025-01/2025-08", "1—8月", notes=X)
    x.f("cashmere_europe_asia_order_share", "欧洲及东南亚订单占比", "Share of orders from Europe and South-East Asia",
        "%", "45", "欧洲及东南亚订单占比提升至总销量的45%")
    x.f("cashmere_trade_centre_firms", "绒毛交易中心入驻配套企业", "Supporting firms at the cashmere trading centre", "家",
        "12", "吸引12家上下游配套企业入驻")
    x.f("cashmere_wastewater_reuse", "绒毛产业废水回用率", "Wastewater reuse in cashmere processing", "%", "85",
        "实现废水回用率达85%")
    x.f("cashmere_solar_factories", "建成光伏一体化厂房的龙头企业", "Leading firms with solar factories", "家", "3",
        "3家龙头企业建成光伏一体化厂房")
    x.f("cashmere_co2_reduction", "年度减排二氧化碳", "Annual CO₂ reduction", "吨", "6000", "年度减排二氧化碳超6000吨")
    x.f("cashmere_patents_applied", "落地专利技术", "Patented technologies applied", "项", "7", "产学研合作平台推动7项专利技术落地")
    x.f("port_clearance_time", "原料进口周期", "Raw material import clearance time", "小时", "48",
        "原料进口周期缩短至48小时内", level="point", code="152501", name="二连浩特", point_name="二连浩特口岸",
        category="port", unit_en="hours",
        notes="二连浩特口岸 lies in 二连浩特市; the point is a representative point inside it.")

    r = Doc(reg, F0, "point", "150100", "如意工业园区", "2025", "今年以来", notes=RY)
    kw = dict(point_name="如意工业园区", category="park")
    r.f("ruyi_retail_contribution_rise", "零售业态贡献率提升", "Rise in the retail contribution rate", "个百分点", "8.2",
        "零售业态贡献率同比提升8.2个百分点", **kw)
    r.f("ruyi_new_goods_sales_growth", "新兴商品销售增速", "Growth of new-type goods sales", "%", "80",
        "新兴商品销售增速超80%", **kw)
    r.f("ruyi_new_goods_retail_contribution", "新兴商品带动限额以上零售额增长", "Contribution of new goods to retail growth",
        "个百分点", "12.3", "带动限额以上零售额增长12.3个百分点", **kw)
    r.f("ruyi_cross_region_purchase_share", "跨区域采购额占批发业总量", "Cross-region share of wholesale purchases", "%",
        "34", "跨区域采购额占批发业总量的34%", **kw)
    r.f("ruyi_cross_region_purchase_share_rise", "跨区域采购额占比提升", "Rise in the cross-region share", "个百分点",
        "9.7", "较同期提升9.7个百分点", **kw)
    r.f("ruyi_new_enterprises_above_quota", "新增限额以上企业", "New above-quota enterprises", "家", "30",
        "预计年内新增限额以上企业30家", kind="estimate", **kw)
    r.f("ruyi_hq_new_floor_area", "新增投用面积", "New floor area in use", "万平方米", "20",
        "预计年内新增投用面积超20万平方米", kind="estimate", point_name="如意总部基地", category="park",
        notes="如意总部基地 article of 2025-08-25.")

    k = Doc(reg, F0, "banner", "150523", "开鲁县", "2024", "2024年", notes=KL)
    k.f("key_projects_biomedicine", "生物医药领域重点项目", "Key projects in biomedicine", "个", "12",
        "2024年实施的30个重点项目中,12个涉及生物医药领域")
    k.f("key_projects_agri_processing", "农畜产品精深加工重点项目", "Key projects in farm-produce processing", "个", "8",
        "8个项目聚焦农畜产品精深加工")
    k.f("key_projects_new_energy", "新能源配套重点项目", "Key projects in new-energy supply", "个", "10",
        "其余10个项目为新能源配套工程")
    k.f("key_projects_leading_tech_share", "采用行业领先技术的项目比例", "Share of projects with leading technology", "%",
        "70", "超过70%的项目采用行业领先技术")
    k.f("key_projects_filling_gaps", "填补自治区技术空白的项目", "Projects filling regional technology gaps", "个", "5",
        "其中5个项目填补了自治区相关领域技术空白")
    k.f("industry_research_projects", "产学研项目落地", "Industry–research projects", "个", "6", "推动6个产学研项目落地")
    k.f("tech_transfer_demo_projects", "自治区级科技成果转化示范项目", "Regional tech-transfer demonstration projects", "个",
        "4", "有4个被列为自治区级科技成果转化示范项目")
    k.f("idle_industrial_land_revived", "盘活闲置工业用地", "Idle industrial land revived", "亩", "500",
        "盘活闲置工业用地500亩")
    k.f("special_credit_line", "专项信贷额度", "Special credit line", "亿元", "20", "设立20亿元专项信贷额度")
    k.f("skilled_workers_supplied", "输送专业技术工人", "Skilled workers supplied", "名", "300", "输送专业技术工人300余名")
    k.f("approval_time_days", "工业项目平均审批时限", "Average approval time of industrial projects", "个工作日", "35",
        "平均审批时限压缩至35个工作日内", unit_en="working days")
    ke = Doc(reg, F0, "banner", "150523", "开鲁县", "2024", "2024年", kind="estimate", notes=KL + " 预计 = expected.")
    ke.f("rd_investment_growth", "带动相关产业研发投入增长", "Growth of related R&D investment", "%", "20",
         "预计可带动相关产业研发投入增长20%以上")
    ke.f("new_jobs_from_projects", "重点项目新增就业岗位", "Jobs from the key projects", "个", "2000",
         "预计可新增就业岗位2000余个")
    ke.f("supporting_firms_driven", "带动上下游配套企业", "Supporting firms driven", "家", "50", "带动上下游配套企业50余家")

    n = Doc(reg, F0, "banner", "150525", "奈曼旗", "2025-H1", "上半年", notes=NM)
    n.f("major_projects_over_100m", "单体投资超亿元的重大项目", "Major projects over 100 million yuan each", "个", "5",
        "其中5个重大项目单体投资均超亿元")
    n.f("projects_over_10m_accelerated", "千万元以上项目", "Projects over 10 million yuan accelerated", "个", "15",
        "推动15个千万元以上项目加速落地")

    # 通辽市 2013
    t = Doc(reg, F0, "league", "150500", TL, "2013", "2013年", notes=T13)
    t.f("aluminium_new_varieties", "铝新材料产业新增品种", "New aluminium product varieties", "个", "76",
        "铝新材料产业新增76个品种")
    t.f("primary_aluminium_conversion_rate", "原铝转化率", "Primary aluminium conversion rate", "%", "80",
        "原铝转化率达到80%以上")
    t.f("maize_new_varieties", "玉米生物科技产业新增品种", "New maize product varieties", "个", "64",
        "玉米生物科技产业新增64个品种")
    t.f("maize_processing_rate", "玉米精深加工转化率", "Maize processing rate", "%", "54", "玉米精深加工转化率达到54%")
    t.f("wind_power_connected_new", "新增风电并网", "New wind power connected", "万千瓦", "15", "新增风电并网15万千瓦")
    t.f("solar_capacity", "光伏装机规模", "Solar capacity installed", "万千瓦", "7", "光伏装机规模达到7万千瓦")
    t.f("solar_connected", "光伏并网运行", "Solar capacity connected", "万千瓦", "6", "并网运行6万千瓦")
    t.f("clean_power_generation", "清洁能源发电量", "Clean power generation", "亿度", "65", "清洁能源发电量65亿度")
    t.f("clean_power_generation_growth", "清洁能源发电量增长", "Clean power growth", "%", "34", "清洁能源发电量65亿度,增长34%")
    t.f("clean_power_share", "清洁能源占发电总量", "Clean share of power generated", "%", "22", "占发电总量的22%")
    t.f("efficient_grain_zones_new", "新增高产高效粮食功能区", "New high-yield grain zones", "万亩", "175",
        "新增高产高效粮食功能区175万亩")
    t.f("water_saved", "实现节水", "Water saved", "亿立方米", "3.1", "实现节水3.1亿立方米")
    t.f("income_increase_per_mu", "亩均增收", "Income increase per mu", "元", "370", "亩均增收370元以上")
    t.f("beef_cattle_inventory_increase", "肉牛存栏新增", "Increase in beef cattle", "万头", "26", "新增26万头")
    t.f("straw_utilisation_rate", "秸秆转化利用率", "Straw utilisation rate", "%", "73", "秸秆转化利用率达73%")
    t.f("certified_farm_area_new", "三品一标认证面积新增", "New certified farm area", "万亩", "80", "认证面积新增80万亩")
    t.f("certified_farm_area", "三品一标认证面积", "Certified farm area", "万亩", "560", "达到560万亩")
    t.f("tech_research_projects", "科技攻关", "Technology research projects", "项", "6", "现代煤化工等6项科技攻关")
    t.f("construction_under_way", "在建工程", "Floor area under construction", "万平方米", "1219",
        "各类在建工程达到1219万平方米")
    t.f("model_villages", "新农村新牧区示范村", "Model villages", "个", "100", "100个新农村新牧区示范村")
    t.f("happy_communities", "幸福社区建设", "Happy communities", "个", "70", "70个幸福社区建设进展顺利")
    t.f("urban_population_increase", "新增城镇人口", "Urban population increase", "万人", "3.8", "全市新增城镇人口3.8万人")
    t.f("banner_industrial_park_area", "旗县特色产业园区面积", "Area of banner industrial parks", "平方公里", "200",
        "旗县特色产业园区面积达到200平方公里")
    t.f("banner_industrial_park_firms", "入驻企业", "Firms in banner industrial parks", "户", "1000", "入驻企业突破1000户")
    t.f("private_entities_new", "新增非公有制经济市场主体", "New private market entities", "万户", "3.8",
        "新增非公有制经济市场主体3.8万户")
    t.f("private_entities_growth", "非公有制经济市场主体增长", "Private market entities growth", "%", "34.6",
        "新增非公有制经济市场主体3.8万户,增长34.6%")
    t.f("regional_key_projects", "列入自治区重点调度的项目", "Projects on the regional key list", "个", "30",
        "列入自治区重点调度的30个项目,全部开工建设")
    t.f("regional_key_projects_investment", "自治区重点调度项目完成投资", "Investment of regional key projects", "亿元",
        "465.7", "完成投资465.7亿元")
    t.f("rural_roads_built", "新建农村牧区水泥路、沥青路", "Rural roads built", "公里", "1800",
        "新建农村牧区水泥路、沥青路1800公里")
    t.f("rural_road_access_rate", "通畅率", "Rural road access rate", "%", "54.6", "通畅率达到54.6%")
    t.f("domestic_air_routes_new", "新增国内航线", "New domestic air routes", "条", "7", "新增7条国内航线")
    t.f("air_passengers", "民航旅客吞吐量", "Air passengers", "万人次", "57.3", "民航旅客吞吐量57.3万人次")
    t.f("air_passengers_growth", "民航旅客吞吐量增长", "Air passengers growth", "%", "67", "民航旅客吞吐量57.3万人次,增长67%")
    t.f("rural_grid_investment", "改造农村电网投资", "Investment in rural grid renewal", "亿元", "4.4",
        "投资4.4亿元改造农村电网2428公里")
    t.f("rural_grid_renewed", "改造农村电网", "Rural grid renewed", "公里", "2428", "投资4.4亿元改造农村电网2428公里")
    t.f("forestry_construction", "林业生态建设", "Forestry construction", "万亩", "256", "完成林业生态建设256万亩")
    t.f("ecological_resettlement_villages", "生态移民搬迁自然村", "Villages resettled for ecology", "个", "9",
        "扎鲁特旗北部9个自然村生态移民搬迁顺利实施", level="banner", code="150526", name="扎鲁特旗")
    t.f("cars_per_100_farm_households", "每百户农牧民家庭小汽车拥有量", "Cars per 100 farm households", "辆", "9.8",
        "由5年前的4.4辆提高到9.8辆", notes="Up from 4.4 five years earlier.")
    t.f("poverty_funds", "整合扶贫资金", "Poverty-alleviation funds", "亿元", "25", "整合各类资金25亿元用于扶贫")
    t.f("households_out_of_poverty", "稳定脱贫户", "Households lifted out of poverty", "万户", "1.8", "实现1.8万户、7万农牧民稳定脱贫")
    t.f("people_out_of_poverty", "稳定脱贫农牧民", "Farmers and herders lifted out of poverty", "万", "7",
        "实现1.8万户、7万农牧民稳定脱贫", notes="Unit 万 (people) as written.")
    t.f("new_urban_jobs", "城镇新增就业", "New urban jobs", "万人", "1.8", "新增城镇就业1.8万人")
    t.f("graduates_employed", "高校毕业生就业或落实就业去向", "Graduates employed", "万人", "1.1",
        "高校毕业生就业或落实就业去向1.1万人")
    t.f("mongolian_poor_graduates_employment", "蒙语授课和贫困家庭高校毕业生就业比例", "Employment of Mongolian-taught and poor graduates",
        "%", "25.8", "贫困家庭高校毕业生就业比例达到25.8%")
    t.f("rural_labour_transferred", "农村牧区劳动力转移就业", "Rural labour moved into work", "万人", "49",
        "农村牧区劳动力转移就业49万人")
    t.f("affordable_housing_built", "建设各类保障性安居住房", "Affordable housing built", "万套", "3.5",
        "全市建设各类保障性安居住房3.5万套")
    t.f("affordable_housing_completed", "保障性安居住房竣工", "Affordable housing completed", "万套", "1.9", "竣工1.9万套")
    t.f("affordable_housing_coverage", "保障房覆盖面", "Affordable housing coverage", "%", "25.5", "保障房覆盖面达到25.5%")
    t.f("old_compounds_renovated", "改造主城区老旧小区", "Old compounds renovated", "个", "30", "改造主城区老旧小区30个")
    t.f("rural_dilapidated_houses_renovated", "改造农村牧区危房", "Rural dilapidated houses renovated", "万户", "3.15",
        "改造农村牧区危房3.15万户")
    t.f("enterprise_pension", "企业退休人员养老金", "Enterprise pension", "元", "1656", "企业退休人员养老金达到1656元")
    t.f("enterprise_pension_increase", "企业退休人员养老金提高", "Enterprise pension increase", "元", "106",
        "企业退休人员养老金达到1656元,提高106元")
    t.f("subsistence_allowance_increase", "城乡居民最低生活保障标准提高", "Rise in subsistence allowances", "%", "10",
        "城乡居民最低生活保障标准均提高10%以上")
    t.f("heating_coal_funds", "向低收入农牧户发放取暖用煤投入", "Funds for heating coal for poor households", "亿元",
        "1.89", "投入1.89亿元向低收入农牧户")
    t.f("rural_kindergartens_opened", "农村牧区幼儿园建成开园", "Rural kindergartens opened", "所", "213",
        "213所农村牧区幼儿园全部建成开园")
    t.f("township_health_centres_new", "新建苏木卫生院", "New township health centres", "所", "18", "新建18所苏木卫生院")
    t.f("serious_illness_reimbursement_cap", "大病报销额度最高", "Serious-illness reimbursement cap", "万元", "20",
        "大病报销额度最高提高到20万元")
    t.f("broadcast_households_connected", "广播电视户户通", "Households connected to broadcasting", "万户", "9",
        "广播电视户户通工程完成9万户")
    t.f("official_spending_cut", "市本级三公经费支出减少", "Cut in official spending", "%", "16.7",
        "市本级“三公”经费支出同比减少16.7%")
    t.f("approval_items_cut", "行政审批事项减少", "Administrative approvals cut", "项", "168", "市级230项行政审批事项减少168项")
    t.f("approval_items_cut_rate", "行政审批事项缩减率", "Share of approvals cut", "%", "73", "缩减率达到73%")

    # 通辽市 2014 plan
    p = Doc(reg, F0, "league", "150500", TL, "2014", "2014年", kind="target", notes=T14)
    p.f("industrial_value_added_growth", "工业增加值增长预期目标", "Industrial value added growth target", "%", "12",
        "其中工业增加值增长12%")
    p.f("urban_disposable_income_per_capita_growth", "城镇居民人均可支配收入增长预期目标", "Urban income growth target", "%",
        "10", "分别增长10%和11%")
    p.f("rural_net_income_per_capita_growth", "农牧民人均纯收入增长预期目标", "Rural income growth target", "%", "11",
        "分别增长10%和11%")
    p.f("financial_institutions_new", "引进金融机构和组建准金融机构", "Financial institutions to attract", "家", "20",
        "引进金融机构和组建准金融机构20家以上")
    p.f("social_financing_new", "新增社会融资", "New social financing", "亿元", "270", "全年新增社会融资270亿元")
    p.f("social_financing_total", "社会融资总量", "Total social financing", "亿元", "1400", "总量突破1400亿元")
    p.f("projects_over_100m_signed", "新签约亿元以上项目", "Projects over 100 million yuan to sign", "个", "100",
        "新签约亿元以上项目100个")
    p.f("projects_start_rate", "当年开工率", "Start rate in the year", "%", "30", "当年开工率达30%以上")
    p.f("investment_funds_received", "全年招商到位资金", "Investment funds received", "亿元", "700", "全年招商到位资金700亿元以上")
    p.f("regional_key_projects", "列入自治区重点调度的项目", "Projects on the regional key list", "个", "30",
        "列入今年自治区重点调度的30个项目")
    p.f("industrial_key_projects", "开工建设工业重点项目", "Industrial key projects to start", "个", "350",
        "开工建设350个工业重点项目")
    p.f("fixed_asset_investment", "固定资产投资", "Fixed-asset investment", "亿元", "850", "完成固定资产投资850亿元以上")
    p.f("village_shops_upgraded", "日用品农家店信息化改造", "Village shops to digitise", "家", "800",
        "实施800家日用品农家店信息化改造")
    p.f("foreign_trade_growth", "外贸进出口总额增长", "Foreign trade growth", "%", "10", "外贸进出口总额增长10%以上")
    p.f("aluminium_projects", "铝新材料项目", "Aluminium new-materials projects", "个", "25", "等25个铝新材料项目")
    p.f("aluminium_new_products", "新增铝产品", "New aluminium products", "种", "80", "新增铝产品80种")
    p.f("aluminium_processing_capacity", "铝精深加工产能", "Aluminium processing capacity", "万吨", "160",
        "铝精深加工产能达到160万吨")
    p.f("maize_key_projects", "玉米深加工重点项目", "Maize processing key projects", "个", "6", "开鲁中圆玉米生物等6个重点项目")
    p.f("maize_new_products", "新增玉米深加工产品", "New maize products", "种", "100", "新增玉米深加工产品100种")
    p.f("mongolian_medicine_capacity", "蒙药生产能力", "Mongolian medicine capacity", "吨", "1500", "尽快形成1500吨蒙药生产能力")
    p.f("clean_power_generation", "清洁能源发电量", "Clean power generation", "亿度", "70", "年内清洁能源发电量突破70亿度")
    p.f("culture_tourism_avenue", "科尔沁文化旅游景观大道", "Horqin culture and tourism avenue", "公里", "500",
        "规划实施500公里科尔沁文化旅游景观大道")
    p.f("tourist_visits", "接待游客", "Tourist visits", "万人次", "600", "全年接待游客600万人次")
    p.f("tourism_revenue_growth", "旅游收入增长", "Tourism revenue growth", "%", "25", "旅游收入增长25%以上")
    p.f("market_entities_growth", "市场主体总量增长", "Market entities growth", "%", "25", "实现市场主体总量增长25%以上")
    p.f("efficient_grain_zones_new", "新建节水高产高效粮食功能区", "New water-saving grain zones", "万亩", "120",
        "新建节水高产高效粮食功能区120万亩")
    p.f("efficient_grain_zones", "节水高产高效粮食功能区累计", "Water-saving grain zones in total", "万亩", "600",
        "累计达到600万亩")
    p.f("silage_area", "种植青贮面积", "Silage area", "万亩", "300", "种植青贮面积300万亩")
    p.f("beef_cattle_inventory", "肉牛存栏", "Beef cattle inventory", "万头", "272", "年内肉牛存栏达272万头")
    p.f("livestock_markets", "专业牲畜交易市场", "Livestock markets", "个", "10", "等10个专业牲畜交易市场")
    p.f("livestock_cooperatives", "专业合作社", "Specialised cooperatives", "个", "10", "10个专业合作社")
    p.f("leading_agri_firms", "产业化龙头企业", "Leading agricultural firms", "个", "21", "科尔沁牛业等21个产业化龙头企业")
    p.f("new_facility_agriculture", "新增设施农业面积", "New facility agriculture", "万亩", "8", "新增设施农业面积8万亩")
    p.f("industry_standard_systems", "产业标准体系", "Industry standard systems", "个", "7", "首批7个产业标准体系")
    p.f("standardised_demo_bases", "农畜产品标准化示范基地", "Standardised farm-produce bases", "个", "10",
        "建设首批10个农畜产品标准化示范基地")
    p.f("farm_brands", "重点农畜产品品牌", "Key farm-produce brands", "个", "30", "抓好30个重点农畜产品品牌")
    p.f("museums", "特色博物馆", "Speciality museums", "个", "12", "12个特色博物馆")
    p.f("city_parks", "城市公园", "City parks to build", "个", "20", "改造建设20个城市公园")
    p.f("community_parks", "社区公园", "Community parks to build", "个", "30", "30个社区公园")
    p.f("green_belts", "绿化带", "Green belts", "条", "10", "10条绿化带")
    p.f("ecological_function_zones_area", "五大生态功能区总面积", "Area of the five ecological zones", "万亩", "7000",
        "实施总面积近7000万亩的五大生态功能区布局")
    p.f("horqin_sandy_land_treated", "科尔沁沙地治理", "Horqin sandy land treated", "万亩", "45", "完成科尔沁沙地治理45万亩")
    p.f("suburban_forest_new", "新建城郊生态林", "New suburban forest", "万亩", "24", "高标准新建城郊生态林24万亩")
    p.f("suburban_forest_total", "主城区近郊集中连片森林面积", "Suburban forest in total", "万亩", "100",
        "主城区近郊集中连片森林面积达到100万亩")
    p.f("road_greening", "道路绿化", "Road greening", "公里", "400", "完成道路绿化400公里")
    p.f("hanshan_closure", "罕山封禁保护", "Hanshan closure protection", "万亩", "150", "实施罕山封禁保护150万亩")
    p.f("grassland_rotation", "草原休牧轮牧", "Grassland rest and rotation", "万亩", "400", "草原休牧轮牧400万亩")
    p.f("vegetation_restored", "修复生态植被", "Vegetation restored", "万亩", "48", "修复生态植被48万亩")
    p.f("wetland_reserves_new", "新建湿地自然保护小区", "New wetland reserves", "处", "39", "新建湿地自然保护小区39处")
    p.f("farmland_returned", "还林还草", "Farmland returned to forest and grass", "万亩", "140", "还林还草140万亩")
    p.f("wells_closed", "压减农用机电井", "Farm wells to close", "眼", "8300", "压减农用机电井8300眼", unit_en="wells")
    p.f("agricultural_water_saved", "农业节水", "Agricultural water saving", "亿立方米", "4", "农业节水4亿立方米以上")
    p.f("small_tech_firms", "科技小企业培育工程", "Small tech firms to foster", "家", "1000", "启动实施1000家科技小企业培育工程")
    p.f("financial_poverty_funds", "争取金融扶贫资金", "Financial poverty-alleviation funds", "亿元", "5.5",
        "争取金融扶贫资金5.5亿元")
    p.f("households_out_of_poverty", "稳定脱贫户", "Households to lift out of poverty", "万户", "1.8",
        "今年确保1.8万户、7万人实现稳定脱贫")
    p.f("people_out_of_poverty", "稳定脱贫人口", "People to lift out of poverty", "万人", "7", "今年确保1.8万户、7万人实现稳定脱贫")
    p.f("employment_bases", "创业就业基地", "Start-up and employment bases", "个", "4", "大学生创业园等4个创业就业基地")
    p.f("incubation_points", "零散型创业孵化网点", "Small incubation points", "个", "500", "建设500个零散型创业孵化网点")
    p.f("new_urban_jobs", "新增城镇就业", "New urban jobs", "万人", "1.6", "新增城镇就业1.6万人")
    p.f("rural_labour_transferred", "农牧民转移就业", "Rural labour moved into work", "万人", "46", "农牧民转移就业46万人")
    p.f("startup_guarantee_loans", "创业小额担保贷款", "Start-up guaranteed loans", "亿元", "2.2", "发放创业小额担保贷款2.2亿元")
    p.f("public_service_jobs_bought", "政府购买基层公共管理和社会服务岗位", "Public service jobs bought", "个", "4000",
        "政府购买基层公共管理和社会服务岗位4000个")
    p.f("affordable_housing_new", "新建各类保障性安居工程", "Affordable housing to build", "万户", "3.37",
        "新建各类保障性安居工程3.37万户")
    p.f("shantytown_expropriation", "棚户区、城中村、城边村征收", "Shanty-town expropriations", "万户", "2.8",
        "其中棚户区、城中村、城边村征收2.8万户")
    p.f("rural_dilapidated_houses_renovated", "改造农村牧区危房", "Rural dilapidated houses to renovate", "万户", "2.5",
        "改造农村牧区危房2.5万户")
    p.f("community_health_stations_new", "新建社区卫生服务站", "New community health stations", "所", "30",
        "新建30所社区卫生服务站")
    p.f("poor_area_health_centres", "新改扩建贫困地区卫生院", "Health centres in poor areas", "所", "10",
        "新改扩建10所贫困地区卫生院")
