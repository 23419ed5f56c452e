"""内蒙古自治区 (150000) government work report of 2025-01-14 (004): the 2024 review and the
2025 plan, beyond the headline figures in build_from_seeds.py. The document is in
traditional characters with pinyin glosses; quotes keep them, units are simplified."""
from factlib import Doc

F4 = "004_f94914a7201523ec.txt"
TRAD = "The source document is in traditional characters; the unit is given in simplified form."
REV = "自治区政府工作报告 of 2025-01-14, review of 2024. " + TRAD
EST = "自治区政府工作报告 of 2025-01-14: 预计 (expected for 2024). " + TRAD
PLAN = "自治区政府工作报告 of 2025-01-14, 2025 plan (预期目标/力争/确保/新建). " + TRAD
NOW = "自治区政府工作报告 of 2025-01-14: stated as the situation at the time of the report. " + TRAD
N = "內(nèi)蒙古"


def add(reg):
    d = Doc(reg, F4, "region", "150000", N, "2024", "2024年", notes=REV)
    e = Doc(reg, F4, "region", "150000", N, "2024", "2024年", kind="estimate", notes=EST)
    d.f("sand_control_target_completion", "治沙完成年度目标任务", "Sand control, share of the annual target", "%", "113",
        "治沙、造林、種草分別完成年度目標(biāo)任務(wù)的113%")
    d.f("afforestation_target_completion", "造林完成年度目标任务", "Afforestation, share of the annual target", "%", "220",
        "完成年度目標(biāo)任務(wù)的113%、220%和148%")
    d.f("grass_planting_target_completion", "种草完成年度目标任务", "Grass planting, share of the annual target", "%",
        "148", "完成年度目標(biāo)任務(wù)的113%、220%和148%")
    d.f("yellow_river_lakes_projects", "黄河及一湖两海综合治理项目", "Yellow River and lakes clean-up projects", "个", "47",
        "綜合治理項目47個")
    d.f("air_pollution_projects", "乌海及周边地区等大气治理项目", "Air pollution projects (Wuhai and around)", "个", "63",
        "等大氣治理項目63個")
    d.f("grassroots_debt_support", "支持基层化债资金", "Funds to reduce grass-roots debt", "亿元", "120.6",
        "拿出120.6億元支持基層化債")
    d.f("financing_platforms_cut", "地方政府融资平台压降", "Cut in local government financing platforms", "%", "66.5",
        "地方政府融資平臺壓降66.5%")
    d.f("banners_hidden_debt_cleared", "隐性债务清零旗县", "Banners with hidden debt cleared", "个", "8",
        "8個旗縣隱性債務(wù)清零")
    d.f("high_risk_institutions_cut", "高风险金融机构压降", "Cut in high-risk financial institutions", "%", "80",
        "高風(fēng)險機構(gòu)壓降80%")
    d.f("petitions_decline", "信访总量下降", "Fall in petitions", "%", "46.5", "全區(qū)信訪總量下降46.5%",
        name="全區(qū)", notes="A fall, stored as written (positive).")
    e.f("coal_supply_guarantee", "完成保供任务", "Coal supplied under the national supply guarantee", "亿吨", "8.3",
        "完成保供任務(wù)8.3億噸")
    e.f("coal_supply_national_share", "保供煤炭占全国比重", "Share of national coal supply", "%", "34.5",
        "完成保供任務(wù)8.3億噸、占全國34.5%")
    e.f("power_generated", "发电量", "Electricity generated", "亿度", "8000", "發(fā)電超8000億度")
    d.f("power_exported_national_share", "外送电量占全国比重", "Share of national inter-regional power", "%", "16",
        "外送電量3150億度、占全國16%")
    d.f("rare_earth_magnet_output_growth", "稀土永磁材料产量增长", "Rare-earth magnet output growth", "%", "30",
        "稀土永磁材料產(chǎn)量增長30%以上")
    d.f("new_strategic_mineral_sites", "新发现大中型战略性矿产地", "New large and medium strategic mineral sites", "处",
        "20", "找礦突破行動新發(fā)現(xiàn)20處")
    d.f("minerals_reserve_target_met", "完成十四五增储任务的矿种", "Minerals meeting the 14th-plan reserve target", "种", "8",
        "8種礦產(chǎn)完成", unit_en="kinds")
    d.f("high_standard_farmland_built", "建设高标准农田", "High-standard farmland built", "万亩", "940",
        "建設(shè)高標(biāo)準(zhǔn)農(nóng)田940萬畝")
    d.f("ton_grain_fields", "吨粮田", "Ton-grain fields", "万亩", "855", "“噸糧田”855萬畝")
    d.f("new_facility_agriculture", "新增设施农业", "New facility agriculture", "万亩", "26", "新增設(shè)施農(nóng)業(yè)26萬畝")
    d.f("livestock_sheds_built", "舍饲棚圈", "Livestock sheds built", "万平方米", "300", "舍飼棚圈300萬平方米")
    d.f("courtyard_economy_households", "发展庭院经济农牧户", "Households in the courtyard economy", "万", "78",
        "78萬農(nóng)牧戶", notes="78万 farming and herding households (unit 万 as written, 户 follows).")
    d.f("grain_yield_per_mu_increase", "粮食亩均产量提高", "Grain yield per mu, increase", "斤", "24.2",
        "糧食畝均產(chǎn)量提高24.2斤", unit_en="jin")
    d.f("key_chains_output", "乳肉薯绒等7条重点产业链产值", "Output of seven key farm-produce chains", "亿元", "7000",
        "7條重點產(chǎn)業(yè)鏈產(chǎn)值突破7000億元")
    d.f("sister_cities_new", "新缔结国际友城", "New international sister cities", "对", "3", "3對國際友城",
        unit_en="pairs")
    e.f("land_port_freight", "陆路口岸货运量", "Land-port freight", "亿吨", "1.2", "預(yù)計全區(qū)陸路口岸貨運量超1.2億噸",
        name="全區(qū)")
    e.f("foreign_trade", "进出口总额", "Imports and exports", "亿元", "2000", "進出口總額超2000億元", name="全區(qū)")
    e.f("new_three_exports_growth", "新三样产品出口增长", "Exports of the 'new three' products, growth", "%", "50",
        "“新三樣”產(chǎn)品出口增長50%以上", name="全區(qū)")
    d.f("policy_major_projects", "国务院16号文件重大项目", "Major projects of State Council document 16", "个", "86",
        "86個重大項目已開工74個")
    d.f("policy_major_projects_started", "国务院16号文件重大项目已开工", "Of which started", "个", "74",
        "86個重大項目已開工74個")
    d.f("wind_solar_capacity_built", "防沙治沙和风电光伏一体化工程建设风电光伏装机", "Wind and solar capacity built with sand control",
        "万千瓦", "2727", "風(fēng)電光伏裝機2727萬千瓦")
    d.f("sand_control_with_energy", "一体化工程治沙", "Sand controlled in the integrated programme", "万亩", "238",
        "治沙238萬畝")
    d.f("work_relief_income", "以工代赈带动群众增收", "Income from work-relief", "亿元", "8.5", "帶動群眾增收8.5億元")
    d.f("warmth_programme_investment", "温暖工程投入", "Investment in the warmth programme", "亿元", "200",
        "投入近200億元")
    d.f("heating_network_renewed", "改造供热管网", "Heating networks renewed", "万公里", "1", "改造供熱管網(wǎng)近1萬公里")
    d.f("room_temperature_compliance", "在线监测室温达标率", "Room temperature compliance", "%", "99",
        "室溫達(dá)標(biāo)率99%以上")
    d.f("clean_heating_households", "清洁取暖改造", "Households converted to clean heating", "万户", "19.3",
        "完成清潔取暖改造19.3萬戶")
    d.f("arrears_recovered_for_firms", "为企业清欠账款、挽回损失", "Arrears recovered for firms", "亿元", "71.4",
        "挽回?fù)p失71.4億元")
    d.f("national_rd_projects_undertaken", "承接国家重点研发项目", "National key R&D projects undertaken", "个", "13",
        "承接13個國家重點研發(fā)項目")
    d.f("mengkeju_transactions", "蒙科聚平台交易转化", "Transactions on the 蒙科聚 platform", "笔", "2412",
        "交易轉(zhuǎn)化2412筆", unit_en="transactions")
    d.f("mengkeju_transactions_growth", "蒙科聚平台交易转化增长", "Growth of 蒙科聚 transactions", "%", "8.7",
        "交易轉(zhuǎn)化2412筆、增長8.7%")
    d.f("technology_contracts_growth", "技术合同成交额增长", "Technology contract value growth", "%", "33.6",
        "合同成交額增長33.6%")
    d.f("tech_smes_net_new", "净增科技型中小企业", "Net new tech-based SMEs", "家", "853", "凈增科技型中小企業(yè)853家")
    d.f("high_tech_enterprises_net_new", "净增高新技术企业", "Net new high-tech enterprises", "家", "97",
        "高新技術(shù)企業(yè)97家")
    d.f("tech_leading_enterprises_net_new", "净增科技领军企业", "Net new leading tech enterprises", "家", "20",
        "科技領(lǐng)軍企業(yè)20家")
    d.f("doctoral_master_programmes_new", "新增博士硕士学位授权点", "New doctoral and master's programmes", "个", "45",
        "新增45個博士碩士學(xué)位授權(quán)點")
    d.f("first_doctoral_disciplines", "博士点从无到有的学科专业", "Disciplines with a first doctoral programme", "个", "11",
        "11個學(xué)科專業(yè)實現(xiàn)博士點從無到有")
    d.f("national_science_awards", "获国家科技进步二等奖项目", "Projects winning national second prizes", "个", "2",
        "2個項目獲國家科技進步二等獎")
    d.f("fta_innovations_copied", "复制推广国家层面制度创新成果", "National institutional innovations adopted", "项", "223",
        "復(fù)制推廣223項國家層面制度創(chuàng)新成果")
    d.f("agricultural_water_saved", "新增农业节水", "New agricultural water savings", "亿立方米", "3.8",
        "新增農(nóng)業(yè)節(jié)水3.8億立方米")
    d.f("grassland_pilot_banners", "草原补奖试点旗县", "Banners piloting grassland subsidies", "个", "17",
        "在17個旗縣開展試點")
    d.f("grassland_overgrazing_index", "天然草原草畜平衡指数", "Grassland overgrazing index", "%", "10",
        "由23.9%降至10%以下", notes="Down from 23.9% (no period given for the earlier value).")
    d.f("network_freight_volume_growth", "网络货运量增长", "Online freight volume growth", "倍", "3.5",
        "分別增長3.5倍和2.5倍")
    d.f("network_freight_value_growth", "网络货运交易额增长", "Online freight value growth", "倍", "2.5",
        "分別增長3.5倍和2.5倍")
    d.f("logistics_leading_firms", "培育公铁航邮领军企业", "Leading logistics firms fostered", "家", "91",
        "培育公鐵航郵領(lǐng)軍企業(yè)91家")
    d.f("expressway_speed_limits_adjusted", "调整高速公路限速", "Expressways with adjusted speed limits", "公里", "4747",
        "調(diào)整高速公路限速4747公里")
    d.f("expressway_120_share", "时速120公里路段占比", "Share of expressway at 120 km/h", "%", "71",
        "由18%增至71%", notes="Up from 18% (no period given for the earlier value).")
    d.f("tax_cuts_and_refunds", "为企业减税降费及退税", "Tax cuts and refunds for firms", "亿元", "300",
        "為企業(yè)減稅降費及退稅300億元")
    d.f("direct_subsidies_to_firms", "自治区惠企直达资金", "Direct subsidies to firms", "亿元", "13.7",
        "惠企直達(dá)資金13.7億元")
    d.f("inclusive_sme_loans_growth", "普惠型小微企业贷款余额增长", "Inclusive SME loan balance growth", "%", "14",
        "普惠型小微企業(yè)貸款余額增長14%")
    d.f("one_thing_services_added", "高效办成一件事新增事项", "Extra one-thing services", "个", "10", "又推出10個")
    d.f("one_thing_materials_cut", "环节时限材料压减", "Cut in steps, time and materials", "%", "70",
        "材料均壓減70%以上")
    d.f("private_entities_net_new", "民营经营主体净增", "Net new private businesses", "万户", "16.4",
        "民營經(jīng)營主體凈增16.4萬戶")
    d.f("private_entities_growth", "民营经营主体增长", "Private businesses growth", "%", "6.4",
        "凈增16.4萬戶、增長6.4%")
    e.f("new_infrastructure_investment_growth", "云数据中心等新基建投资增长", "New infrastructure investment growth", "%",
        "40", "新基建投資增長40%以上")
    e.f("trade_in_consumption", "以旧换新带动消费", "Consumption driven by trade-ins", "亿元", "300",
        "以舊換新帶動消費300多億元")
    e.f("first_stores", "新引进首店、旗舰店", "First and flagship stores", "家", "168", "旗艦店168家")
    d.f("rental_housing_raised", "新筹建保障性租赁住房", "Subsidised rental housing raised", "万套", "1.69",
        "新籌建保障性租賃住房1.69萬套")
    d.f("rural_dilapidated_houses_renovated", "改造农村牧区危房", "Rural dilapidated houses renovated", "户", "3460",
        "危房3460戶")
    d.f("old_compounds_renovated", "改造城镇老旧小区", "Old urban compounds renovated", "个", "1185", "老舊小區(qū)1185個")
    d.f("new_childcare_places", "新增婴幼儿托位", "New childcare places", "万个", "1.8", "新增嬰幼兒托位1.8萬個",
        unit_en="10,000 places")
    d.f("new_school_places", "新增基础教育学位", "New school places", "万个", "3.8", "基礎(chǔ)教育學(xué)位3.8萬個",
        unit_en="10,000 places")
    d.f("new_undergraduate_programmes", "新设本科专业", "New undergraduate programmes", "个", "22", "新設(shè)本科專業(yè)22個")
    d.f("order_trained_skilled_workers", "订单式培养技能人才", "Skilled workers trained to order", "万名", "3.1",
        "技能人才3.1萬名")
    d.f("national_regional_medical_centres_new", "新挂牌国家区域医疗中心", "New national regional medical centres", "个",
        "2", "2個國家區(qū)域醫(yī)療中心")
    d.f("county_medical_alliances", "紧密型县域医共体", "County medical alliances", "个", "61", "建成緊密型縣域醫(yī)共體61個")
    d.f("hospitals_mutual_recognition", "检查检验结果互认医疗机构", "Hospitals recognising each other's tests", "家", "333",
        "333家醫(yī)療機構(gòu)")
    d.f("volume_procurement_savings", "医药集中带量采购减轻群众负担", "Savings from volume-based procurement", "亿元", "172",
        "減輕群眾就醫(yī)負(fù)擔(dān)172億元")
    d.f("beijing_firms_investment", "京企落地投资", "Investment by Beijing firms", "亿元", "175", "京企落地投資175億元")
    d.f("beijing_cooperation_jobs", "京蒙协作带动农村牧区劳动力就业", "Rural workers employed through Beijing cooperation",
        "万名", "7", "帶動7萬多名農(nóng)村牧區(qū)勞動力就業(yè)")
    d.f("beijing_experts_serving", "京师京医专家服务", "Beijing teachers and doctors serving", "名", "1000",
        "1000余名京師京醫(yī)專家")
    d.f("farm_products_to_beijing", "绿色农畜产品进首都", "Green farm products sold to Beijing", "亿元", "308",
        "308億元綠色農(nóng)畜產(chǎn)品進首都")
    now = Doc(reg, F4, "region", "150000", N, "2025-01", "2025年1月", notes=NOW)
    now.f("banners_gdp_under_10bn", "经济总量不足百亿的旗县", "Banners with GDP under 10 billion yuan", "个", "34",
          "還有34個旗縣經(jīng)濟總量不足百億")
    now.f("rural_workers_in_towns", "在城镇转移就业的农牧民", "Farmers and herders working in towns", "万", "280",
          "全區(qū)有280萬農(nóng)牧民", name="全區(qū)", notes="Unit 万 (people) as written.")
    now.f("disabled_elderly", "失能老人", "Disabled elderly people", "万", "63", "還有63萬失能老人",
          notes="Unit 万 (people) as written.")
    now.f("people_with_disabilities", "残疾人", "People with disabilities", "万", "158", "158萬殘疾人",
          notes="Unit 万 (people) as written.")
    now.f("infants_under_3", "3岁以下婴幼儿", "Infants under 3", "万", "40", "40萬3歲以下嬰幼兒",
          notes="Unit 万 (people) as written.")
    now.f("mengzi_products", "蒙字标好产品", "Products with the 蒙 label", "种", "1100", "我區(qū)1100多種“蒙”字標(biāo)好產(chǎn)品",
          unit_en="kinds")
    now.f("open_ports", "对外开放口岸", "Ports open to foreign trade", "个", "20", "有20個對外開放口岸")
    now.f("graduates_2025", "应届大学生毕业", "University graduates this year", "万", "17", "有17萬應(yīng)屆大學(xué)生",
          notes="Unit 万 (people) as written; the graduates of 2025.")

    p = Doc(reg, F4, "region", "150000", N, "2025", "2025年", kind="target", notes=PLAN)
    p.f("new_urban_jobs", "城镇新增就业", "New urban jobs", "万人", "18", "城鎮(zhèn)新增就業(yè)18萬人以上")
    p.f("surveyed_urban_unemployment", "城镇调查失业率", "Surveyed urban unemployment rate", "%", "5.5",
        "調(diào)查失業(yè)率5.5%左右")
    p.f("cpi_growth", "居民消费价格涨幅", "Consumer price increase", "%", "2", "居民消費價格漲幅2%左右")
    p.f("infrastructure_investment", "基础设施投资", "Infrastructure investment", "亿元", "3000", "施投資超過3000億元")
    p.f("investment_funds_received", "引进到位资金", "Investment funds received", "亿元", "5700", "力爭引進到位資金5700億元以上")
    p.f("industrial_investment", "工业投资", "Industrial investment", "亿元", "4900", "工業(yè)投資達(dá)到4900億元左右")
    p.f("industrial_investment_growth", "工业投资增长", "Industrial investment growth", "%", "10",
        "工業(yè)投資達(dá)到4900億元左右、增長10%以上")
    p.f("key_industrial_projects", "已谋划的重点工业项目", "Key industrial projects planned", "个", "1400",
        "近1400個重點工業(yè)項目")
    p.f("old_compounds_renovated", "改造老旧小区", "Old compounds to renovate", "个", "1291", "改造老舊小區(qū)1291個")
    p.f("pipe_networks_renewed", "改造各类管网", "Pipe networks to renew", "公里", "1500", "各類管網(wǎng)1500公里")
    p.f("science_budget_growth", "财政科技投入刚性增长", "Growth of the science budget", "%", "20",
        "執(zhí)行好20%的剛性增長機制")
    p.f("dairy_chain_output", "乳业产业链产值", "Dairy chain output", "亿元", "2500", "力爭乳業(yè)產(chǎn)業(yè)鏈產(chǎn)值突破2500億元")
    p.f("rare_earth_chain_output", "稀土全产业链产值", "Rare-earth chain output", "亿元", "1300", "力爭全產(chǎn)業(yè)鏈產(chǎn)值突破1300億元")
    p.f("compute_capacity", "算力规模", "Computing capacity", "万P", "20", "算力規(guī)模突破20萬P")
    p.f("new_data_centre_green_power_share", "新建数据中心绿电比例", "Green power share of new data centres", "%", "80",
        "新建數(shù)據(jù)中心綠電比例不低于80%", notes="不低于 = at least.")
    p.f("new_energy_grid_connected", "新增并网", "New renewable capacity connected", "万千瓦", "4000",
        "新增并網(wǎng)4000萬千瓦")
    p.f("new_energy_generation", "新能源发电量", "Renewable generation", "亿度", "3000", "發(fā)電量超3000億度")
    p.f("new_energy_utilisation", "新能源利用率", "Renewable utilisation rate", "%", "90", "新能源利用率保持在90%以上")
    p.f("storage_projects", "新型储能项目", "New energy-storage projects", "个", "35", "35個新型儲能項目")
    p.f("storage_started", "新型储能新开工装机", "Storage capacity to start", "万千瓦", "1000", "新開工裝機1000萬千瓦")
    p.f("storage_in_operation", "新型储能新投产", "Storage capacity to commission", "万千瓦", "600", "新投產(chǎn)600萬千瓦")
    p.f("equipment_chain_projects", "新能源装备延链补链项目", "Renewable equipment chain projects", "个", "113",
        "重點實施113個延鏈補鏈項目")
    p.f("renewable_equipment_output", "新能源装备制造业产值", "Renewable equipment manufacturing output", "亿元", "2700",
        "新能源裝備制造業(yè)產(chǎn)值突破2700億元")
    p.f("high_standard_farmland_built", "新建高标准农田", "High-standard farmland to build", "万亩", "850",
        "新建高標(biāo)準(zhǔn)農(nóng)田850萬畝")
    p.f("black_soil_conservation_tillage", "黑土地保护性耕作", "Conservation tillage on black soil", "万亩", "2500",
        "黑土地保護性耕作2500萬畝")
    p.f("new_facility_agriculture", "新增设施农业", "New facility agriculture", "万亩", "25", "新增設(shè)施農(nóng)業(yè)25萬畝")
    p.f("yield_demo_area", "主要作物单产提升示范区", "Yield improvement demonstration area", "万亩", "1000",
        "單產(chǎn)提升示范區(qū)1000萬畝")
    p.f("ton_grain_fields", "吨粮田", "Ton-grain fields", "万亩", "900", "“噸糧田”900萬畝")
    p.f("grain_output", "粮食产量", "Grain output", "亿斤", "800", "糧肉奶產(chǎn)量分別穩(wěn)定在800億斤")
    p.f("meat_output", "肉类产量", "Meat output", "亿斤", "60", "800億斤、60億斤、160億斤以上")
    p.f("milk_output", "奶类产量", "Milk output", "亿斤", "160", "800億斤、60億斤、160億斤以上")
    p.f("livestock_sheds_built", "新建舍饲棚圈", "Livestock sheds to build", "万平方米", "500", "新建舍飼棚圈500萬平方米以上")
    p.f("facility_livestock_share", "设施畜牧业养殖比重", "Share of facility livestock farming", "%", "75",
        "設(shè)施畜牧業(yè)養(yǎng)殖比重達(dá)到75%")
    p.f("grassland_overgrazing_index", "天然草原草畜平衡指数", "Grassland overgrazing index", "%", "10",
        "天然草原草畜平衡指數(shù)降到10%以下")
    p.f("farm_processing_rate", "主要农畜产品加工转化率", "Farm-produce processing rate", "%", "75",
        "加工轉(zhuǎn)化率達(dá)到75%以上")
    p.f("rural_roads_built", "新建农村公路", "Rural roads to build", "公里", "5000", "新建農(nóng)村公路5000公里")
    p.f("express_delivery_village_coverage", "快递进村通达率", "Villages reached by express delivery", "%", "97",
        "通達(dá)率達(dá)到97%以上")
    p.f("polluted_farmland_safe_use", "受污染耕地安全利用率", "Safe use of polluted farmland", "%", "98",
        "安全利用率穩(wěn)定在98%以上")
    p.f("manure_utilisation", "畜禽粪污综合利用率", "Livestock manure utilisation", "%", "83", "綜合利用率達(dá)到83%以上")
    p.f("tourist_visits", "游客数量", "Tourist visits", "亿人次", "3", "力爭游客數(shù)量突破3億人次")
    p.f("one_thing_services_added", "高效办成一件事", "One-thing services to add", "个", "30", "今年再推出30個")
    p.f("region_wide_services", "全区通办事项", "Region-wide services", "项", "150", "150項“全區(qū)通辦”")
    p.f("china_europe_trains", "到发中欧班列", "China–Europe trains", "列", "500", "中歐班列突破500列")
    p.f("port_freight", "口岸货运量", "Port freight", "亿吨", "1.3", "口岸貨運量超過1.3億噸")
    p.f("foreign_trade", "外贸进出口总额", "Imports and exports", "亿元", "2200", "進出口總額超過2200億元")
    p.f("sand_control", "治沙", "Sand control", "万亩", "2000", "完成治沙2000萬畝以上")
    p.f("desert_roads", "穿沙公路", "Roads across deserts", "公里", "2500", "穿沙公路2500公里")
    p.f("new_energy_capacity_with_sand_control", "一体化工程新建新能源装机", "Renewable capacity with sand control",
        "万千瓦", "1500", "新建新能源裝機1500萬千瓦")
    p.f("sand_control_with_energy", "一体化工程治沙", "Sand controlled in the integrated programme", "万亩", "140",
        "治沙140萬畝")
    p.f("efficient_irrigation_new", "新建高效节水灌溉面积", "Efficient irrigation to build", "万亩", "200",
        "新建高效節(jié)水灌溉面積200萬畝")
    p.f("water_saving_grain_counties", "节水增粮推进县", "Water-saving grain counties", "个", "20", "創(chuàng)建節(jié)水增糧推進縣20個")
    p.f("water_saved_new", "新增节水", "New water savings", "亿立方米", "2.7", "新增節(jié)水2.7億立方米以上")
    p.f("reclaimed_water_use_yellow_river", "黄河流域再生水利用率", "Reclaimed water use in the Yellow River basin", "%",
        "60", "再生水利用率達(dá)到60%以上")
    p.f("mine_water_use", "矿井疏干水利用率", "Mine drainage water use", "%", "70", "礦井疏干水利用率達(dá)到70%以上")
