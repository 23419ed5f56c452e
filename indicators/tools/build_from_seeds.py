#!/usr/bin/env python3
"""Regenerates the shipped indicators/*.toml + *.csv from the documents in indicators/sources.

    python3 indicators/tools/build_from_seeds.py

Each fact below names its place, the number exactly as written and a quote
spec ("exact text" or "start…end"); seedlib slices the quote out of the
document and refuses quotes that are not verbatim, too long or lack the number.
"""
import glob
import os

from seedlib import Indicator, counts_from, load_points, OUT
import facts_baotou
import facts_hohhot
import facts_jiuyuan
import facts_news
import facts_baotou2014
import facts_region

load_points()

F0 = "000_58d60768b51bfc0c.txt"  # news articles 2025-08 (Xilingol, Tongliao, Hohhot ...)
F1 = "001_d8dd41ff9b115775.txt"  # 2022 Baotou government work report
F2 = "002_595c57a3f4bbaf90.txt"  # Jiuyuan district plan report, 2025-01-20
F3 = "003_6b4efc365c0ae26d.txt"  # Hohhot, first half of 2024
F4 = "004_f94914a7201523ec.txt"  # Inner Mongolia government work report, 2025-01-14

ALL = []
GROWTH = dict(palette="RdBu", method="quantile", midpoint=0)


def ind(*a, **k):
    i = Indicator(*a, **k)
    ALL.append(i)
    return i


def growth(id, zh, en, level, period, period_zh, file, **k):
    return ind(id, zh, en, "%", "percent", level, period, period_zh, file, **{**GROWTH, **k})


# ---------------------------------------------------------------- Tongliao coal
TRAD = "The source document is in traditional characters; the unit is given in simplified form."
n = ("霍林河 (the Huolinhe area) is mapped to 霍林郭勒市 150581. The article says the two areas "
     "make up 近八成 (nearly 80%) of the city total, but its own figures give "
     "(1035.54 + 1590.92) / 2633.98 = 99.7%. Both are recorded: the rows and [total] as written, "
     "the claim in [total].stated_share.")
ind("tongliao_raw_coal_output_2025_01_07", "规模以上工业原煤产量", "Raw coal output (above-scale industry)",
    "万吨", "10,000 t", "banner", "2025-01/2025-07", "1-7月", F0, series="raw_coal_output_banner",
    notes=n) \
    .row("150526", "扎鲁特旗", "1035.54", "扎鲁特旗原煤产量1035.54万吨") \
    .row("150581", "霍林河", "1590.92", "霍林河原煤产量1590.92万吨") \
    .set_total("150500", "通辽市", "2633.98", "1-7月,全市原煤产量达2633.98万吨",
               "近八成", "两地产能合计占全市总产量的近八成")
growth("tongliao_raw_coal_growth_2025_01_07", "规模以上工业原煤产量同比增长",
       "Raw coal output, year-on-year growth", "banner", "2025-01/2025-07", "1-7月", F0,
       series="raw_coal_growth_banner", notes="霍林河 is mapped to 霍林郭勒市 150581.") \
    .row("150526", "扎鲁特旗", "3.77", "扎鲁特旗原煤产量1035.54万吨,同比增长3.77%") \
    .row("150581", "霍林河", "2.87", "霍林河原煤产量1590.92万吨,同比增长2.87%") \
    .set_total("150500", "通辽市", "3.12", "全市原煤产量达2633.98万吨,同比增长3.12%")
ind("raw_coal_output_increase_league_2025_01_07", "规模以上工业原煤产量同比增加量",
    "Raw coal output, increase on a year earlier", "万吨", "10,000 t", "league",
    "2025-01/2025-07", "前七个月", F0) \
    .row("150500", "通辽市", "79.73", "前七个月通辽市规模以上工业原煤产量同比增加79.73万吨")

# ---------------------------------------------------------------- compute capacity
ind("compute_capacity_league_2024_h1", "算力规模", "Computing capacity", "万P", "10,000 PFLOPS",
    "league", "2024-H1", "上半年", F3, palette="Purples",
    notes="Stated as 目前 (as of the first-half report of 2024).") \
    .row("150100", "呼和浩特市", "2.4", "全市已形成算力规模2.4万P")
ind("intelligent_compute_capacity_league_2024_h1", "智算规模", "Intelligent (AI) computing capacity",
    "万P", "10,000 PFLOPS", "league", "2024-H1", "上半年", F3, palette="Purples",
    notes="Part of compute_capacity_league_2024_h1 (其中). Stated as 目前 in the first-half report.") \
    .row("150100", "呼和浩特市", "2.22", "全市已形成算力规模2.4万P,其中智算规模2.22万P")
ind("compute_capacity_region_2024", "算力总规模", "Computing capacity", "万P", "10,000 PFLOPS",
    "region", "2024", "過去一年", F4, palette="Purples", notes=TRAD) \
    .row("150000", "內(nèi)蒙古", "9.4", "算力總規(guī)模達(dá)到9.4萬P")
ind("intelligent_compute_capacity_region_2024", "智算规模", "Intelligent (AI) computing capacity",
    "万P", "10,000 PFLOPS", "region", "2024", "過去一年", F4, palette="Purples",
    notes="Part of compute_capacity_region_2024 (其中); ranked 1st in China. " + TRAD) \
    .row("150000", "內(nèi)蒙古", "8.7", "算力總規(guī)模達(dá)到9.4萬P,其中智算8.7萬P、居全國第1位")
ind("hohhot_compute_sites_2024_h1", "呼和浩特算力设施", "Hohhot data-centre sites", "", "",
    "point", "2024-H1", "上半年", F3, kind="inventory", palette="Purples", method="manual",
    classes=1, notes="Locations are representative points inside 和林格尔县, not the sites. "
    "和林 and 和林格尔新区 are read as 和林格尔县 150123.") \
    .row("150123", "和林格尔", "1", "和林格尔数据中心集群绿色算力指数在国家“东数西算”枢纽节点中排名第1",
         point_name="和林格尔数据中心集群", category="data_centre", unit="位") \
    .row("150123", "和林", "", "建行和林新区数据中心", point_name="建行和林新区数据中心",
         category="data_centre") \
    .row("150123", "和林格尔", "", "和林格尔金融数据产业园规模不断壮大",
         point_name="和林格尔金融数据产业园", category="park") \
    .row("150123", "和林格尔新区", "", "和林格尔新区数据中心集群绿色能源供给示范",
         point_name="和林格尔新区数据中心集群绿色能源供给示范", category="energy_project")

# ---------------------------------------------------------------- Hohhot, first half 2024
H = "2024-H1"
HZ = "上半年"
hh = [
    ("gdp", "地区生产总值", "GDP", "亿元", "100 million yuan", "1869.2", "全市地区生产总值完成1869.2亿元"),
    ("retail_sales", "社会消费品零售总额", "Retail sales of consumer goods", "亿元", "100 million yuan",
     "560.1", "社会消费品零售总额完成560.1亿元"),
    ("public_budget_revenue", "一般公共预算收入", "General public budget revenue", "亿元",
     "100 million yuan", "136.8", "一般公共预算收入完成136.8亿元"),
    ("disposable_income_per_capita", "全体居民人均可支配收入", "Per-capita disposable income, all residents",
     "元", "yuan", "23629", "全体居民人均可支配收入完成23629元"),
    ("foreign_trade", "进出口贸易总额", "Imports and exports", "亿元", "100 million yuan", "117.2",
     "进出口贸易总额完成117.2亿元"),
    ("domestic_tourists", "接待国内游客", "Domestic tourist visits", "万人次", "10,000 visits",
     "2471.40", "共接待国内游客2471.40万人次"),
    ("tourism_revenue", "旅游收入", "Tourism revenue", "亿元", "100 million yuan", "341.49",
     "旅游收入341.49亿元"),
    ("new_urban_jobs", "城镇新增就业人数", "New urban jobs", "万人", "10,000 people", "3.43",
     "全市城镇新增就业人数3.43万人"),
    ("air_quality_good_days_ratio", "优良天数比率", "Share of days with good air quality", "%", "percent",
     "76.9", "全市优良天数比率为76.9%"),
    ("deposit_balance", "存款余额", "Deposit balance", "亿元", "100 million yuan", "9251.87",
     "全市存款余额9251.87亿元"),
    ("loan_balance", "贷款余额", "Loan balance", "亿元", "100 million yuan", "11772.84",
     "贷款余额11772.84亿元"),
    ("six_clusters_output", "六大产业集群产值", "Output of the six industrial clusters", "亿元",
     "100 million yuan", "1131", "“六大产业集群”上半年产值完成1131亿元"),
    ("clean_energy_cluster_output", "清洁能源集群产值", "Output of the clean-energy cluster", "亿元",
     "100 million yuan", "421.1", "上半年清洁能源集群完成产值421.1亿元"),
    ("new_investment_projects", "新引进招商引资项目", "Newly attracted investment projects", "个", "projects",
     "337", "全市新引进招商引资项目337个"),
    ("new_investment_agreed", "新引进项目协议投资额", "Agreed investment of new projects", "亿元",
     "100 million yuan", "2472", "协议投资额2472亿元"),
    ("key_projects_investment", "重点项目完成投资", "Investment completed in key projects", "亿元",
     "100 million yuan", "871", "开复工率100%,完成投资871亿元"),
    ("livestock_inventory", "牲畜存栏", "Livestock inventory", "万头", "10,000 head", "430",
     "全市牲畜存栏430万头"),
    ("meat_output", "肉类总产量", "Meat output", "万吨", "10,000 t", "7", "肉类总产量达7万吨"),
    ("grain_sown_area", "粮食作物播种面积", "Grain crops sown area", "万亩", "10,000 mu", "565.1",
     "全市粮食作物、经济作物播种面积分别为565.1万亩"),
    ("high_tech_enterprises", "高新技术企业", "High-tech enterprises (cultivated)", "家", "enterprises",
     "533", "培育高新技术企业533家"),
    ("bonded_zone_trade", "综合保税区进出口额", "Imports and exports of the comprehensive bonded zone",
     "亿元", "100 million yuan", "51.5", "呼和浩特综合保税区实现进出口额51.5亿元"),
    ("china_europe_trains", "中欧(中亚)班列开行", "China–Europe (Central Asia) freight trains", "列",
     "trains", "63", "开行中欧(中亚)班列63列"),
]
for key, zh, en, unit, unit_en, v, q in hh:
    ind(f"{key}_league_2024_h1", zh, en, unit, unit_en, "league", H, HZ, F3,
        series=f"{key}_league_h1").row("150100", "呼和浩特市", v, q)
hg = [
    ("gdp", "地区生产总值同比增长", "GDP growth", "6.2", "全市地区生产总值完成1869.2亿元、同比增长6.2%"),
    ("industrial_value_added", "规模以上工业增加值同比增长", "Value added of above-scale industry, growth",
     "9.5", "规模以上工业增加值同比增长9.5%"),
    ("fixed_asset_investment", "固定资产投资同比增长", "Fixed-asset investment growth", "14.9",
     "固定资产投资同比增长14.9%"),
    ("retail_sales", "社会消费品零售总额同比增长", "Retail sales growth", "3.4",
     "社会消费品零售总额完成560.1亿元、同比增长3.4%"),
    ("public_budget_revenue", "一般公共预算收入同比增长", "Public budget revenue growth", "11.6",
     "一般公共预算收入完成136.8亿元、同比增长11.6%"),
    ("disposable_income_per_capita", "全体居民人均可支配收入同比增长", "Per-capita disposable income growth",
     "4.5", "全体居民人均可支配收入完成23629元、同比增长4.5%"),
    ("foreign_trade", "进出口贸易总额同比增长", "Imports and exports growth", "29.7",
     "进出口贸易总额完成117.2亿元、同比增长29.7%"),
    ("domestic_tourists", "接待国内游客同比增长", "Domestic tourist visits growth", "10.96",
     "共接待国内游客2471.40万人次,旅游收入341.49亿元,同比分别增长10.96%和22.1%"),
    ("tourism_revenue", "旅游收入同比增长", "Tourism revenue growth", "22.1",
     "共接待国内游客2471.40万人次,旅游收入341.49亿元,同比分别增长10.96%和22.1%"),
    ("deposit_balance", "存款余额同比增长", "Deposit balance growth", "8.83",
     "全市存款余额9251.87亿元,同比增长8.83%"),
    ("loan_balance", "贷款余额同比增长", "Loan balance growth", "5.88", "贷款余额11772.84亿元,同比增长5.88%"),
    ("bonded_zone_trade", "综合保税区进出口额同比增长", "Bonded-zone trade growth", "91",
     "呼和浩特综合保税区实现进出口额51.5亿元,同比增长91%"),
]
for key, zh, en, v, q in hg:
    growth(f"{key}_growth_league_2024_h1", zh, en, "league", H, HZ, F3,
           series=f"{key}_growth_league_h1").row("150100", "呼和浩特市", v, q)

hohhot_sites = ind(
    "hohhot_parks_projects_2024_h1", "呼和浩特园区与项目", "Hohhot parks, zones and projects", "", "",
    "point", H, HZ, F3, kind="inventory", palette="Set2", method="manual", classes=1,
    notes="Parks, zones and projects the report places in a banner (和林/和林县 = 和林格尔县, "
    "托县/托克托 = 托克托县, 土左旗 = 土默特左旗). Locations are representative points inside the banner. "
    "Not placed (no single banner named): 托清工业园区 (托克托+清水河), 金山高新开发区. "
    "托克托外送风光项目: 200万千瓦 planned, 160万千瓦 connected in H1.")
hohhot_sites \
    .row("150121", "土左旗", "", "土左旗、武川县获批自治区级现代农牧业产业园", point_name="现代农牧业产业园",
         category="agricultural_park") \
    .row("150125", "武川县", "", "土左旗、武川县获批自治区级现代农牧业产业园", point_name="现代农牧业产业园",
         category="agricultural_park") \
    .row("150122", "托克托", "200", "蒙西托克托外送200万千瓦风光项目完成并网160万千瓦",
         point_name="蒙西托克托外送200万千瓦风光项目", category="energy_project", unit="万千瓦") \
    .row("150125", "武川", "100", "武川可镇100兆瓦电网侧储能项目正在开展前期手续",
         point_name="武川可镇100兆瓦电网侧储能项目", category="energy_project", unit="兆瓦") \
    .row("150124", "清水河", "", "呼蓄二期、清水河抽蓄项目纳规方案已通过国家评审",
         point_name="清水河抽蓄项目", category="energy_project") \
    .row("150123", "和林格尔", "", "和林格尔人才科创中心获批全国人力资源服务先锋产业园",
         point_name="和林格尔人才科创中心", category="park") \
    .row("150123", "和林格尔", "", "推动金山高新开发区、和林格尔乳业开发区创建国家级绿色园区",
         point_name="和林格尔乳业开发区", category="park") \
    .row("150122", "托县", "", "推动托县河口旅游度假区创建自治区级旅游度假区",
         point_name="托县河口旅游度假区", category="tourism_zone") \
    .row("150122", "托克托", "", "托克托园区绿电替代等项目建成并网", point_name="托克托园区",
         category="park") \
    .row("150121", "土左旗", "", "推进土左旗、托县、和林县等6个农畜产品加工园区建设",
         point_name="农畜产品加工园区", category="agricultural_park") \
    .row("150122", "托县", "", "推进土左旗、托县、和林县等6个农畜产品加工园区建设",
         point_name="农畜产品加工园区", category="agricultural_park") \
    .row("150123", "和林县", "", "推进土左旗、托县、和林县等6个农畜产品加工园区建设",
         point_name="农畜产品加工园区", category="agricultural_park")

# ---------------------------------------------------------------- Baotou and Tongliao, 2013
B13 = ("[投资包头]2014年包头市政府工作报告 (report of 2014-01-09), 2013 review: achieved figures "
       "(全年实施/完成); only the opening 预计 sentence is an estimate (see *_estimate_league_2013).")
T13 = ("Tongliao values are 完成 (achieved) per the 2014-02-10 report. Baotou's 2013 figures for the same "
       "quantity are 预计 (estimates) and sit in the *_estimate_league_2013 indicator of the same series.")
B13E = ("预计 (estimate) for 2013 in the 2014 Baotou government work report (2014-01-09). Tongliao's achieved "
        "2013 figure for the same quantity is in the *_league_2013 indicator of the same series.")
lg13 = [
    ("gdp", "地区生产总值", "GDP", "亿元", "100 million yuan",
     ("3500", "预计地区生产总值3500亿元"), ("1811.8", "地区生产总值完成1811.8亿元")),
    ("fixed_asset_investment", "固定资产投资", "Fixed-asset investment", "亿元", "100 million yuan",
     ("2990", "固定资产投资2990亿元"), ("1577.7", "固定资产投资1577.7亿元")),
    ("retail_sales", "社会消费品零售总额", "Retail sales of consumer goods", "亿元", "100 million yuan",
     ("1070", "社会消费品零售总额1070亿元"), ("372.4", "全市社会消费品零售总额完成372.4亿元")),
    ("local_fiscal_revenue_total", "地方财政总收入", "Total local fiscal revenue", "亿元", "100 million yuan",
     ("345", "地方财政总收入345亿元"), ("149.3", "地方财政总收入149.3亿元")),
    ("urban_disposable_income_per_capita", "城镇居民人均可支配收入", "Urban per-capita disposable income",
     "元", "yuan", ("36600", "城镇居民人均可支配收入36600元"), ("21009", "城镇居民人均可支配收入达到21009元")),
    ("rural_net_income_per_capita", "农牧民人均纯收入", "Rural per-capita net income", "元", "yuan",
     ("12680", "农牧民人均纯收入12680元"), ("9621", "农牧民人均纯收入达到9621元")),
]
for key, zh, en, unit, unit_en, b, t in lg13:
    ind(f"{key}_league_2013", zh, en, unit, unit_en, "league", "2013", "2013年", F0,
        series=f"{key}_league_annual", notes=T13) \
        .row("150500", "通辽市", t[0], t[1])
    ind(f"{key}_estimate_league_2013", zh, en, unit, unit_en, "league", "2013", "2013年", F0,
        kind="estimate", series=f"{key}_league_annual", notes=B13E) \
        .row("150200", "包头市", b[0], b[1])
gg13 = [
    ("gdp", "地区生产总值增长", "GDP growth", ("9.5", "预计地区生产总值3500亿元,增长9.5%"),
     ("9.7", "地区生产总值完成1811.8亿元,增长9.7%")),
    ("fixed_asset_investment", "固定资产投资增长", "Fixed-asset investment growth",
     ("18", "固定资产投资2990亿元,增长18%"), ("23.1", "固定资产投资1577.7亿元,增长23.1%")),
    ("retail_sales", "社会消费品零售总额增长", "Retail sales growth",
     ("11", "社会消费品零售总额1070亿元,增长11%"), ("11", "全市社会消费品零售总额完成372.4亿元,增长11%")),
    ("local_fiscal_revenue_total", "地方财政总收入增长", "Total local fiscal revenue growth",
     ("5.6", "地方财政总收入345亿元,增长5.6%"), ("8.1", "地方财政总收入149.3亿元,增长8.1%")),
    ("urban_disposable_income_per_capita", "城镇居民人均可支配收入增长", "Urban disposable income growth",
     ("9.5", "城镇居民人均可支配收入36600元,增长9.5%"), ("11.6", "城镇居民人均可支配收入达到21009元,增长11.6%")),
    ("rural_net_income_per_capita", "农牧民人均纯收入增长", "Rural net income growth",
     ("11", "农牧民人均纯收入12680元,增长11%"), ("13.2", "农牧民人均纯收入达到9621元,增长13.2%")),
]
for key, zh, en, b, t in gg13:
    growth(f"{key}_growth_league_2013", zh, en, "league", "2013", "2013年", F0,
           series=f"{key}_growth_league_annual", notes=T13) \
        .row("150500", "通辽市", t[0], t[1])
    growth(f"{key}_growth_estimate_league_2013", zh, en, "league", "2013", "2013年", F0,
           kind="estimate", series=f"{key}_growth_league_annual", notes=B13E) \
        .row("150200", "包头市", b[0], b[1])
t13 = [
    ("public_budget_revenue", "公共财政预算收入", "Public budget revenue", "亿元", "100 million yuan",
     "103.6", "公共财政预算收入103.6亿元"),
    ("industrial_value_added", "全部工业增加值", "Industrial value added", "亿元", "100 million yuan",
     "1036.2", "全部工业增加值完成1036.2亿元"),
    ("grain_output", "粮食产量", "Grain output", "亿斤", "100 million jin", "132.6", "粮食产量再创新高,达到132.6亿斤"),
    ("livestock_inventory_pastoral_year", "牧业年度牲畜存栏", "Livestock inventory (pastoral year)", "万头只",
     "10,000 head", "1888", "牧业年度牲畜存栏1888万头只"),
    ("beef_cattle_inventory", "肉牛存栏", "Beef cattle inventory", "万头", "10,000 head", "254",
     "肉牛存栏达到254万头"),
    ("urbanisation_rate", "城镇化率", "Urbanisation rate", "%", "percent", "44.3", "城镇化率达到44.3%"),
    ("wind_power_grid_connected", "风电累计并网", "Wind power connected to the grid (cumulative)", "万千瓦",
     "10 MW", "343", "累计并网343万千瓦"),
]
for key, zh, en, unit, unit_en, v, q in t13:
    ind(f"{key}_league_2013", zh, en, unit, unit_en, "league", "2013", "2013年", F0,
        series=f"{key}_league_annual", notes="通辽市 2014 government work report (2014-02-10).") \
        .row("150500", "通辽市", v, q)
for key, zh, en, v, q in [
    ("public_budget_revenue", "公共财政预算收入增长", "Public budget revenue growth", "16.2",
     "公共财政预算收入103.6亿元,增长16.2%"),
    ("industrial_value_added", "全部工业增加值增长", "Industrial value added growth", "11.8",
     "全部工业增加值完成1036.2亿元,增长11.8%"),
    ("above_scale_industrial_value_added", "规模以上工业增加值增长", "Above-scale industrial value added growth",
     "12.2", "其中规模以上工业增加值增长12.2%")]:
    growth(f"{key}_growth_league_2013", zh, en, "league", "2013", "2013年", F0,
           series=f"{key}_growth_league_annual").row("150500", "通辽市", v, q)
for key, zh, en, unit, unit_en, v, q in [
    ("new_urban_jobs", "城镇新增就业", "New urban jobs", "万人", "10,000 people", "4.2", "城镇新增就业4.2万人"),
    ("urban_registered_unemployment", "城镇登记失业率", "Registered urban unemployment rate", "%", "percent",
     "3.87", "城镇登记失业率控制在3.87%"),
    ("key_projects_investment", "重点项目完成投资", "Investment completed in key projects", "亿元",
     "100 million yuan", "1820", "全年实施投资5000万元以上重点项目901个,竣工425个,完成投资1820亿元")]:
    ind(f"{key}_league_2013", zh, en, unit, unit_en, "league", "2013", "2013年", F0,
        series=f"{key}_league_annual", notes=B13).row("150200", "包头市", v, q)

# ---------------------------------------------------------------- Baotou 2021 (2022 report)
B21 = "Achieved in 2021 per the 2022 Baotou government work report (published 2月16日)."
for key, zh, en, v, q in [
    ("gdp", "地区生产总值增长", "GDP growth", "8.5", "全年地区生产总值增长8.5%"),
    ("above_scale_industrial_value_added", "规上工业增加值增长", "Above-scale industrial value added growth",
     "14.1", "规上工业增加值增长14.1%"),
    ("fixed_asset_investment", "固定资产投资增长", "Fixed-asset investment growth", "26.6", "固定资产投资增长26.6%"),
    ("foreign_trade", "外贸进出口总额增长", "Imports and exports growth", "55.5", "外贸进出口总额完成246亿元,增长55.5%"),
    ("urban_disposable_income_per_capita", "城镇居民人均可支配收入增长", "Urban disposable income growth", "6.8",
     "城乡居民人均可支配收入达到54448元和22791元,分别增长6.8%和10%"),
    ("rural_disposable_income_per_capita", "农村牧区居民人均可支配收入增长", "Rural disposable income growth", "10",
     "城乡居民人均可支配收入达到54448元和22791元,分别增长6.8%和10%")]:
    growth(f"{key}_growth_league_2021", zh, en, "league", "2021", "2021年", F1,
           series=f"{key}_growth_league_annual", notes=B21).row("150200", "包头市", v, q)
for key, zh, en, unit, unit_en, v, q in [
    ("foreign_trade", "外贸进出口总额", "Imports and exports", "亿元", "100 million yuan", "246", "外贸进出口总额完成246亿元"),
    ("urban_disposable_income_per_capita", "城镇居民人均可支配收入", "Urban per-capita disposable income", "元",
     "yuan", "54448", "城乡居民人均可支配收入达到54448元和22791元"),
    ("rural_disposable_income_per_capita", "农村牧区居民人均可支配收入", "Rural per-capita disposable income", "元",
     "yuan", "22791", "城乡居民人均可支配收入达到54448元和22791元"),
    ("new_energy_capacity", "新能源装机容量", "Installed new-energy capacity", "万千瓦", "10 MW", "635.6",
     "全市新能源装机容量达到635.6万千瓦、占比达到37.4%"),
    ("new_energy_capacity_share", "新能源装机占比", "New-energy share of installed capacity", "%", "percent", "37.4",
     "全市新能源装机容量达到635.6万千瓦、占比达到37.4%"),
    ("new_jobs", "新增就业", "New jobs", "万人", "10,000 people", "4.57", "全年新增就业4.57万人"),
    ("urban_registered_unemployment", "城镇登记失业率", "Registered urban unemployment rate", "%", "percent", "3.87",
     "城镇登记失业率控制在3.87%"),
    ("air_quality_good_days", "空气优良天数", "Days with good air quality", "天", "days", "303",
     "全年空气优良天数达到303天,达标比例83%"),
    ("air_quality_good_days_ratio", "空气优良天数达标比例", "Share of days with good air quality", "%", "percent", "83",
     "全年空气优良天数达到303天,达标比例83%"),
    ("major_projects_investment", "重大项目完成投资", "Investment completed in major projects", "亿元",
     "100 million yuan", "1311", "全年实施重大项目715个,完成投资1311亿元"),
    ("signed_projects", "签约项目", "Signed investment projects", "个", "projects", "1134", "签约项目1134个"),
    ("research_intensity", "全社会研发投入强度", "R&D intensity", "%", "percent", "2.04", "全社会研发投入强度达2.04%")]:
    ind(f"{key}_league_2021", zh, en, unit, unit_en, "league", "2021", "2021年", F1,
        series=f"{key}_league_annual", notes=B21).row("150200", "包头市", v, q)

# ---------------------------------------------------------------- Xilingol cashmere, Jan–Aug 2025
X = "锡林郭勒盟 cashmere processing, 1—8月 2025 (article of 2025-08-26)."
ind("cashmere_dehaired_output_league_2025_01_08", "无毛绒产量", "Dehaired cashmere output", "吨", "t",
    "league", "2025-01/2025-08", "1—8月", F0, notes=X) \
    .row("152500", "锡林郭勒盟", "256.2", "锡林郭勒盟37家规模以上绒毛加工企业累计完成无毛绒产量256.2吨")
growth("cashmere_dehaired_output_growth_league_2025_01_08", "无毛绒产量增长", "Dehaired cashmere output growth",
       "league", "2025-01/2025-08", "1—8月", F0, notes=X) \
    .row("152500", "锡林郭勒盟", "20.1", "无毛绒产量256.2吨,较同期增长20.1%")
ind("cashmere_industrial_output_value_league_2025_01_08", "绒毛加工业工业总产值",
    "Gross industrial output of cashmere processing", "亿元", "100 million yuan", "league",
    "2025-01/2025-08", "1—8月", F0, notes=X + " 突破 = more than.") \
    .row("152500", "锡林郭勒盟", "42.3", "工业总产值突破42.3亿元,同比增长12.9%")
growth("cashmere_industrial_output_value_growth_league_2025_01_08", "绒毛加工业工业总产值增长",
       "Cashmere processing output growth", "league", "2025-01/2025-08", "1—8月", F0, notes=X) \
    .row("152500", "锡林郭勒盟", "12.9", "工业总产值突破42.3亿元,同比增长12.9%")
ind("cashmere_enterprises_league_2025_01_08", "规模以上绒毛加工企业", "Above-scale cashmere processing enterprises",
    "家", "enterprises", "league", "2025-01/2025-08", "1—8月", F0, notes=X) \
    .row("152500", "锡林郭勒盟", "37", "锡林郭勒盟37家规模以上绒毛加工企业")
growth("cashmere_cross_border_ecommerce_growth_league_2025_01_08", "绒毛跨境电商渠道销售额同比增长",
       "Cashmere cross-border e-commerce sales growth", "league", "2025-01/2025-08", "1—8月", F0, notes=X) \
    .row("152500", "锡林郭勒盟", "37", "跨境电商渠道销售额同比增长37%")
ind("cashmere_green_loans_league_2025_01_08", "“绒纺贷”累计发放低息贷款", "Low-interest 绒纺贷 loans issued",
    "亿元", "100 million yuan", "league", "2025-01/2025-08", "1—8月", F0, notes=X) \
    .row("152500", "锡林郭勒盟", "2.4", "累计发放低息贷款2.4亿元支持技术改造")

# ---------------------------------------------------------------- Ruyi industrial park (Hohhot), 2025
RY = ("如意工业园区 is in 呼和浩特 (the 2025-08-25 article says 呼和浩特如意工业园区) but no article names "
      "its district: rows carry the league code 150100 and a representative point inside Hohhot. "
      "Period: 今年以来 (year to date at publication, 2025-08-26).")
for key, zh, en, unit, unit_en, v, q in [
    ("ruyi_wholesale_retail_sales", "限额以上批发零售贸易业销售净额", "Net sales of wholesale and retail trade above quota",
     "亿元", "100 million yuan", "50.43", "如意工业园区限额以上批发零售贸易业销售净额达50.43亿元"),
    ("ruyi_wholesale_retail_sales_growth", "限额以上批发零售贸易业销售净额增长", "Wholesale and retail net sales growth",
     "%", "percent", "61.84", "销售净额达50.43亿元,同比增长61.84%"),
    ("ruyi_retail_sales", "限额以上社会消费品零售总额", "Retail sales of consumer goods above quota", "亿元",
     "100 million yuan", "26.65", "限额以上社会消费品零售总额完成26.65亿元"),
    ("ruyi_retail_share", "社会消费品零售总额占批零贸易业总规模比重", "Retail share of wholesale and retail trade",
     "%", "percent", "52.85", "占批零贸易业总规模的52.85%")]:
    ind(f"{key}_point_2025", zh, en, unit, unit_en, "point", "2025", "今年以来", F0, notes=RY,
        palette="RdBu" if unit == "%" and "growth" in key else "YlOrBr") \
        .row("150100", "如意工业园区", v, q, point_name="如意工业园区", category="park")

# ---------------------------------------------------------------- Tongliao banners: 开鲁县 2024, 奈曼旗 2025-H1
KL = "通辽开鲁县 article of 2025-08-26 about 2024; 预计 = expected."
ind("key_industrial_projects_banner_2024", "重点工业项目", "Key industrial projects (planned)", "个", "projects",
    "banner", "2024", "2024年", F0, kind="target", notes=KL) \
    .row("150523", "开鲁县", "30", "2024年,当地计划推进30个重点工业项目")
ind("industrial_fixed_asset_investment_banner_2024", "工业固定资产投资", "Industrial fixed-asset investment",
    "亿元", "100 million yuan", "banner", "2024", "2024年", F0, kind="estimate", notes=KL) \
    .row("150523", "开鲁县", "60", "预计全年工业固定资产投资达60亿元")
NM = "奈曼旗 article of 2025-08-26; 上半年 read as the first half of 2025."
ind("signed_projects_banner_2025_h1", "签约项目", "Signed investment projects", "个", "projects", "banner",
    "2025-H1", "上半年", F0, notes=NM).row("150525", "奈曼旗", "20", "上半年累计签约项目20个")
ind("projects_under_negotiation_banner_2025_h1", "储备在谈项目", "Projects under negotiation", "个", "projects",
    "banner", "2025-H1", "上半年", F0, notes=NM + " 50余个 = more than 50.") \
    .row("150525", "奈曼旗", "50", "储备在谈项目50余个")
tl_parks = ind(
    "tongliao_parks_projects_2014_02", "通辽园区与项目", "Tongliao parks, zones and projects", "", "",
    "point", "2014-02", "2014年2月10日", F0, kind="inventory", palette="Set2", method="manual", classes=1,
    notes="Named in the 2014 Tongliao government work report (2014-02-10). 霍林河 = 霍林郭勒市 150581, "
    "科左中旗 = 科尔沁左翼中旗. Locations are representative points inside the banner.")
tl_parks \
    .row("150581", "霍林河", "", "推进霍林河国家级循环经济示范园区建设", point_name="霍林河国家级循环经济示范园区",
         category="park") \
    .row("150523", "开鲁", "", "加快建设梅花三期、开鲁中圆玉米生物等6个重点项目", point_name="开鲁中圆玉米生物",
         category="project") \
    .row("150523", "开鲁", "500", "开鲁500千伏输变电工程开工建设", point_name="开鲁500千伏输变电工程",
         category="energy_project", unit="千伏") \
    .row("150521", "科左中旗", "", "重点抓好科左中旗现代农业综合改革发展示范区",
         point_name="科左中旗现代农业综合改革发展示范区", category="agricultural_zone")
ind("kailu_parks_2024", "开鲁县园区", "Kailu county parks", "", "", "point", "2024", "2024年", F0,
    kind="inventory", palette="Set2", method="manual", classes=1, notes=KL) \
    .row("150523", "开鲁县", "30", "通辽开鲁县经济技术开发区作为项目主要承载地,已建成标准化厂房30万平方米",
         point_name="开鲁县经济技术开发区", category="park", unit="万平方米")

# ---------------------------------------------------------------- Baotou parks (three reports)
b14 = ind(
    "baotou_parks_2014_01", "包头园区与基地", "Baotou parks, zones and bases", "", "", "point", "2014-01",
    "2014年1月9日", F0, kind="inventory", palette="Set2", method="manual", classes=1,
    notes="Named in the 2014 Baotou government work report (2014-01-09) as to be built in a given banner. "
    "达茂白云 names 达茂旗 150223 and 白云鄂博矿区 150206 together; such rows are placed in 达茂旗 "
    "(approximate). 城区商贸物流 and the four 千亿元产业园区 name no banner and are left out.")
for code, name in [("150221", "土右旗"), ("150207", "九原区"), ("150222", "固阳县"), ("150223", "达茂旗")]:
    b14.row(code, name, "", "抓好土右旗、九原区、固阳县、达茂旗现代农牧业示范园区建设",
            point_name="现代农牧业示范园区", category="agricultural_park")
LOG = "着力打造土右旗煤炭物流、昆区钢铁物流、青山区装备制造物流、达茂白云口岸物流、城区商贸物流五大基地"
for code, name, pn in [("150221", "土右旗", "土右旗煤炭物流"), ("150203", "昆区", "昆区钢铁物流"),
                       ("150204", "青山区", "青山区装备制造物流"), ("150223", "达茂白云", "达茂白云口岸物流")]:
    b14.row(code, name, "", LOG, point_name=pn, category="logistics_base")
b14.row("150221", "土右旗", "", "大力支持土右旗创建国家级新型产业示范基地", point_name="国家级新型产业示范基地",
        category="base") \
   .row("150221", "土右旗", "", "加快推进天津渤海化工集团能源综合基地项目建设",
        point_name="天津渤海化工集团能源综合基地", category="base") \
   .row("150223", "达茂白云", "", "提高口岸国际物流园区建设水平", point_name="口岸国际物流园区",
        category="logistics_park") \
   .row("150223", "达茂白云", "", "加快建设巴音百万千瓦级风电基地", point_name="巴音百万千瓦级风电基地",
        category="energy_base")
b22 = ind(
    "baotou_parks_2022_02", "包头园区与基地", "Baotou parks, zones and bases", "", "", "point", "2022-02",
    "2月16日", F1, kind="inventory", palette="Set2", method="manual", classes=1,
    notes="Named in the 2022 Baotou government work report with a banner in the name. Left out (no banner "
    "named): 稀土高新区, 春坤山旅游开发区, 青昆时尚夜经济消费集聚区 (青山区+昆都仑区).")
b22.row("150206", "白云", "", "支持白云飞地经济双创园升级为国家电子商务示范基地",
        point_name="白云飞地经济双创园", category="park") \
   .row("150205", "石拐", "", "春坤山旅游开发区、石拐影视基地等景点景区", point_name="石拐影视基地",
        category="tourism_base") \
   .row("150202", "东河", "", "支持东河老包头味道集聚区、青昆时尚夜经济消费集聚区等品牌区域提升品质",
        point_name="东河老包头味道集聚区", category="consumption_zone") \
   .row("150222", "固阳", "", "固阳秦长城国家文化公园、包头九原健康城等项目启动实施",
        point_name="固阳秦长城国家文化公园", category="culture_park") \
   .row("150207", "九原", "", "固阳秦长城国家文化公园、包头九原健康城等项目启动实施",
        point_name="包头九原健康城", category="project")
b25 = ind(
    "jiuyuan_parks_2025_01", "九原区园区与基地", "Jiuyuan district parks, zones and bases", "", "", "point",
    "2025-01", "2025年1月20日", F2, kind="inventory", palette="Set2", method="manual", classes=1,
    notes="All named in the 九原区 plan report of 2025-01-20, so all lie in 九原区 150207. "
    "Figures for the parks are in park_*_point_2024.")
for q, pn, cat in [
        ("推动包头新材料产业园区创建国家级绿色园区和自治区高新技术产业园区", "包头新材料产业园区", "park"),
        ("食品园区营业收入突破2亿元", "食品园区", "park"),
        ("2024年全年签订阳光电源北方总部产业园、海博思创储能基地等项目38个", "阳光电源北方总部产业园", "park"),
        ("2024年全年签订阳光电源北方总部产业园、海博思创储能基地等项目38个", "海博思创储能基地", "base"),
        ("氢通新能源年产5000套燃料电池系统制造基地等项目均开工建设", "氢通新能源年产5000套燃料电池系统制造基地", "base"),
        ("推进国能树脂新材料研发中试基地建设", "国能树脂新材料研发中试基地", "base"),
        ("加快建设食品园区农牧民创业创新基地项目", "食品园区农牧民创业创新基地", "base"),
        ("围绕大罕台农文旅田园综合体、梅力更景区", "大罕台农文旅田园综合体", "tourism_zone"),
        ("包头B保累计完成1.74亿元进出口业务", "包头B保", "bonded_zone")]:
    b25.row("150207", "九原区", "1.74" if pn == "包头B保" else "", q, point_name=pn, category=cat,
            unit="亿元" if pn == "包头B保" else "")
PK = ("九原区 plan report: 园区内企业 (enterprises in the park) is read as the district's industrial park, "
      "named 包头新材料产业园区 in the same report; 食品园区 突破2亿元 = more than 2.")
ind("park_revenue_point_2024", "园区营业收入", "Park operating revenue", "亿元", "100 million yuan", "point",
    "2024", "2024年", F2, notes=PK) \
    .row("150207", "九原区", "420.08", "园区内企业累计实现营业收入420.08亿元", point_name="包头新材料产业园区",
         category="park") \
    .row("150207", "九原区", "2", "食品园区营业收入突破2亿元", point_name="食品园区", category="park")
growth("park_revenue_growth_point_2024", "园区营业收入同比增长", "Park operating revenue growth", "point", "2024",
       "2024年", F2, notes=PK) \
    .row("150207", "九原区", "2.47", "园区内企业累计实现营业收入420.08亿元,同比增长2.47%",
         point_name="包头新材料产业园区", category="park")
ind("park_profit_point_2024", "园区利润", "Park profit", "亿元", "100 million yuan", "point", "2024", "2024年",
    F2, notes=PK).row("150207", "九原区", "10.05", "累计实现利润10.05亿元", point_name="包头新材料产业园区",
                      category="park")
ind("park_tax_point_2024", "园区上缴税金", "Park taxes paid", "亿元", "100 million yuan", "point", "2024", "2024年",
    F2, notes=PK).row("150207", "九原区", "9.3", "上缴税金9.3亿元", point_name="包头新材料产业园区",
                      category="park")

# ---------------------------------------------------------------- 九原区 2024 (banner level)
J = "九原区 plan report of 2025-01-20; 预计全年 (expected full-year) values."
for key, zh, en, unit, unit_en, v, q in [
    ("gdp", "地区生产总值", "GDP", "亿元", "100 million yuan", "368.7", "地区生产总值完成368.7亿元"),
    ("above_scale_industrial_output", "规上工业产值", "Above-scale industrial output", "亿元", "100 million yuan",
     "393", "规上工业产值完成393亿元"),
    ("retail_sales", "社会消费品零售总额", "Retail sales of consumer goods", "亿元", "100 million yuan", "69.14",
     "社会消费品零售总额完成69.14亿元"),
    ("public_budget_revenue", "一般公共预算收入", "General public budget revenue", "亿元", "100 million yuan",
     "16.9", "一般公共预算收入完成16.9亿元"),
    ("urban_disposable_income_per_capita", "城镇居民人均可支配收入", "Urban per-capita disposable income", "元",
     "yuan", "63848", "城乡居民人均可支配收入分别实现63848元、32729元"),
    ("rural_disposable_income_per_capita", "农村牧区居民人均可支配收入", "Rural per-capita disposable income",
     "元", "yuan", "32729", "城乡居民人均可支配收入分别实现63848元、32729元"),
    ("above_scale_industrial_enterprises", "规上工业企业数", "Above-scale industrial enterprises", "家",
     "enterprises", "64", "全区规上工业总数64家"),
    ("grain_output", "粮食产量", "Grain output", "万吨", "10,000 t", "15.7", "2024年全区粮食产量15.7万吨"),
    ("foreign_trade", "外贸进出口额", "Imports and exports", "亿元", "100 million yuan", "11",
     "外贸进出口额突破11亿元"),
    ("tourism_revenue", "旅游收入", "Tourism revenue", "万元", "10,000 yuan", "3338", "实现旅游收入3338万元"),
    ("research_intensity", "R&D投入强度", "R&D intensity", "%", "percent", "1.28", "R&D投入强度达1.28%"),
    ("air_quality_good_days_ratio", "空气质量优良比例", "Share of days with good air quality", "%", "percent", "81",
     "全年空气质量优良比例达81%"),
    ("new_urban_jobs", "城镇新增就业", "New urban jobs", "人", "people", "4373", "全年城镇新增就业4373人"),
    ("major_projects", "重大项目", "Major projects under way", "个", "projects", "68", "全年实施重大项目68个"),
    ("major_projects_total_investment", "重大项目总投资", "Total investment of major projects", "亿元",
     "100 million yuan", "1020.3", "全年实施重大项目68个,总投资1020.3亿元"),
    ("signed_projects_agreed_investment", "签约项目协议金额", "Agreed investment of signed projects", "亿元",
     "100 million yuan", "606.99", "海博思创储能基地等项目38个,协议金额606.99亿元"),
    ("domestic_funds_received", "到位国内(区外)资金", "Domestic (out-of-region) funds received", "亿元",
     "100 million yuan", "113.1", "全区到位国内(区外)资金113.1亿元")]:
    ind(f"{key}_banner_2024", zh, en, unit, unit_en, "banner", "2024", "2024年", F2, kind="estimate"
        if key in ("gdp", "above_scale_industrial_output", "retail_sales", "public_budget_revenue",
                   "urban_disposable_income_per_capita", "rural_disposable_income_per_capita") else "actual",
        series=f"{key}_banner_annual", notes=J).row("150207", "九原区", v, q)
for key, zh, en, v, q in [
    ("gdp", "地区生产总值增长", "GDP growth", "8", "地区生产总值完成368.7亿元,增长8%左右"),
    ("above_scale_industrial_value_added", "规上工业增加值增长", "Above-scale industrial value added growth", "21",
     "规上工业产值完成393亿元,增加值增长21%左右"),
    ("retail_sales", "社会消费品零售总额增长", "Retail sales growth", "2", "社会消费品零售总额完成69.14亿元,增长2%左右"),
    ("public_budget_revenue", "一般公共预算收入增长", "Public budget revenue growth", "3.3",
     "一般公共预算收入完成16.9亿元,增长3.3%左右"),
    ("urban_disposable_income_per_capita", "城镇居民人均可支配收入增长", "Urban disposable income growth", "4.6",
     "城乡居民人均可支配收入分别实现63848元、32729元,增长4.6%、6%左右"),
    ("rural_disposable_income_per_capita", "农村牧区居民人均可支配收入增长", "Rural disposable income growth", "6",
     "城乡居民人均可支配收入分别实现63848元、32729元,增长4.6%、6%左右"),
    ("foreign_trade", "外贸进出口额增长", "Imports and exports growth", "68", "外贸进出口额突破11亿元,同比增长68%"),
    ("tourism_revenue", "旅游收入增长", "Tourism revenue growth", "35", "实现旅游收入3338万元,同比增长35%"),
    ("grain_output", "粮食产量增长", "Grain output growth", "1", "2024年全区粮食产量15.7万吨,同比增长1%")]:
    growth(f"{key}_growth_banner_2024", zh, en, "banner", "2024", "2024年", F2, kind="estimate",
           series=f"{key}_growth_banner_annual", notes=J + " 左右 = about.").row("150207", "九原区", v, q)

# ---------------------------------------------------------------- Inner Mongolia 2024 (region)
R = "自治区政府工作报告 of 2025-01-14 (预计 = expected for 2024). " + TRAD
for key, zh, en, unit, unit_en, v, q, kind in [
    ("gdp", "地区生产总值", "GDP", "万亿元", "trillion yuan", "2.6", "預(yù)計地區(qū)生產(chǎn)總值增長6%左右、突破2.6萬億元", "estimate"),
    ("grain_output", "粮食总产量", "Grain output", "亿斤", "100 million jin", "820.1", "糧食總產(chǎn)量達(dá)到820.1億斤", "actual"),
    ("new_energy_capacity", "新能源装机", "Installed new-energy capacity", "亿千瓦", "100 GW", "1.35",
     "新能源裝機在全國率先破億、達(dá)到1.35億千瓦", "actual"),
    ("investment_funds_received", "引进到位资金", "Investment funds received", "亿元", "100 million yuan", "5300",
     "引進到位資金超5300億元", "actual"),
    ("coal_output", "产煤", "Coal output", "亿吨", "100 million t", "12.9", "預(yù)計產(chǎn)煤12.9億噸", "estimate"),
    ("power_exported", "外送电量", "Electricity sent out of the region", "亿度", "100 million kWh", "3150",
     "外送電量3150億度、占全國16%", "actual"),
    ("green_power_generated", "生产绿电", "Green electricity generated", "亿度", "100 million kWh", "2000",
     "生產(chǎn)綠電超2000億度", "actual"),
    ("tourist_visits", "接待游客", "Tourist visits", "亿人次", "100 million visits", "2.73",
     "全區(qū)接待游客2.73億人次、實現(xiàn)收入4140億元", "actual"),
    ("tourism_revenue", "旅游收入", "Tourism revenue", "亿元", "100 million yuan", "4140",
     "全區(qū)接待游客2.73億人次、實現(xiàn)收入4140億元", "actual"),
    ("new_urban_jobs", "新增城镇就业", "New urban jobs", "万人", "10,000 people", "20.1", "新增城鎮(zhèn)就業(yè)20.1萬人", "estimate"),
    ("surface_water_good_ratio", "地表水国考断面水质优良比例", "Share of national surface-water sections of good quality",
     "%", "percent", "81.4", "全區(qū)地表水國考斷面水質(zhì)優(yōu)良比例81.4%", "actual"),
    ("air_quality_good_days_ratio", "空气质量优良天数比例", "Share of days with good air quality", "%", "percent", "90.6",
     "空氣質(zhì)量優(yōu)良天數(shù)比例90.6%", "actual"),
    ("major_projects_investment", "重大项目投资", "Investment in major projects", "亿元", "100 million yuan", "9100",
     "重大項目投資突破9100億元", "estimate")]:
    ind(f"{key}_region_2024", zh, en, unit, unit_en, "region", "2024", "2024年", F4, kind=kind,
        series=f"{key}_region_annual",
        notes=R + (" 超/突破 = more than." if ("超" in q or "突破" in q) else "")) \
        .row("150000", "全區(qū)" if "全區(qū)" in q else "內(nèi)蒙古", v, q)
for key, zh, en, v, q in [
    ("gdp", "地区生产总值增长", "GDP growth", "6", "預(yù)計地區(qū)生產(chǎn)總值增長6%左右"),
    ("fixed_asset_investment", "固定资产投资增长", "Fixed-asset investment growth", "13", "預(yù)計固定資產(chǎn)投資增長13%"),
    ("retail_sales", "社会消费品零售总额增长", "Retail sales growth", "4", "預(yù)計社會消費品零售總額增長4%"),
    ("tourist_visits", "接待游客增长", "Tourist visits growth", "18.6", "全區(qū)接待游客2.73億人次、實現(xiàn)收入4140億元,增長18.6%和23.4%"),
    ("tourism_revenue", "旅游收入增长", "Tourism revenue growth", "23.4", "全區(qū)接待游客2.73億人次、實現(xiàn)收入4140億元,增長18.6%和23.4%"),
]:
    growth(f"{key}_growth_region_2024", zh, en, "region", "2024", "2024年", F4, kind="estimate",
           series=f"{key}_growth_region_annual", notes=R) \
        .row("150000", "全區(qū)" if "全區(qū)" in q else "內(nèi)蒙古", v, q)
ind("energy_intensity_decline_region_2024", "单位GDP能耗下降", "Fall in energy use per unit of GDP", "%",
    "percent", "region", "2024", "2024年", F4, palette="Greens", notes=R + " A fall of 3%, stored as 3.") \
    .row("150000", "內(nèi)蒙古", "3", "單位GDP能耗下降3%")

# ---------------------------------------------------------------- growth targets (kind = target)
TG = "Planned (预期目标) growth for the year, as stated in the report; 左右 = about, 以上 = at least."
TARGETS = [
    ("gdp", "地区生产总值增长预期目标", "GDP growth target", [
        ("league", "2014", F0, [("150200", "包头市", "9.5", "地区生产总值增长9.5%左右"),
                                ("150500", "通辽市", "10", "主要预期目标是:地区生产总值增长10%")]),
        ("league", "2022", F1, [("150200", "包头市", "8", "今年主要发展预期目标是:地区生产总值增长8%左右")]),
        ("banner", "2025", F2, [("150207", "九原区", "8", "——地区生产总值增长8%左右")]),
        ("region", "2025", F4, [("150000", "全區(qū)", "6", "地區(qū)生產(chǎn)總值增長6%左右;")])]),
    ("fixed_asset_investment", "固定资产投资增长预期目标", "Fixed-asset investment growth target", [
        ("league", "2014", F0, [("150200", "包头市", "15", "地区生产总值增长9.5%左右,固定资产投资增长15%左右"),
                                ("150500", "通辽市", "15", "工业增加值增长12%;固定资产投资增长15%")]),
        ("league", "2022", F1, [("150200", "包头市", "15", "规上工业增加值增长12%以上,固定资产投资增长15%左右")]),
        ("banner", "2025", F2, [("150207", "九原区", "18", "——固定资产投资增长18%以上")]),
        ("region", "2025", F4, [("150000", "全區(qū)", "10", "固定資產(chǎn)投資增長10%左右;")])]),
    ("above_scale_industrial_value_added", "规模以上工业增加值增长预期目标",
     "Above-scale industrial value added growth target", [
        ("league", "2022", F1, [("150200", "包头市", "12", "规上工业增加值增长12%以上")]),
        ("banner", "2025", F2, [("150207", "九原区", "14", "——规模以上工业增加值增长14%以上")]),
        ("region", "2025", F4, [("150000", "全區(qū)", "7", "規(guī)模以上工業(yè)增加值增長7%左右")])]),
    ("retail_sales", "社会消费品零售总额增长预期目标", "Retail sales growth target", [
        ("league", "2014", F0, [("150500", "通辽市", "12", "社会消费品零售总额增长12%")]),
        ("league", "2022", F1, [("150200", "包头市", "8", "社会消费品零售总额增长8%左右")]),
        ("banner", "2025", F2, [("150207", "九原区", "5", "——社会消费品零售总额增长5%以上")])]),
    ("public_budget_revenue", "一般公共预算收入增长预期目标", "Public budget revenue growth target", [
        ("league", "2014", F0, [("150200", "包头市", "8", "公共财政预算收入增长8%左右"),
                                ("150500", "通辽市", "8", "固定资产投资增长15%;公共财政预算收入增长8%")]),
        ("league", "2022", F1, [("150200", "包头市", "7", "一般公共预算收入增长7%以上")]),
        ("banner", "2025", F2, [("150207", "九原区", "5", "——一般公共预算收入增长5%左右")]),
        ("region", "2025", F4, [("150000", "全區(qū)", "4", "一般公共預(yù)算收入同口徑增長4%以上")])]),
]
for key, zh, en, groups in TARGETS:
    for level, year, file, rows in groups:
        g = growth(f"{key}_growth_target_{level}_{year}", zh, en, level, year, f"{year}年", file, kind="target",
                   series=f"{key}_growth_target_{level}_annual",
                   notes=TG + (" " + TRAD if file == F4 else "") +
                   (" 包头 and 通辽 targets come from their 2014 reports (2014-01-09, 2014-02-10); [source] names the first." if len(rows) > 1 else ""))
        for code, name, v, q in rows:
            g.row(code, name, v, q)

# ---------------------------------------------------------------- further facts, one module per document
# A fact whose indicator already exists above (same quantity, level and period) becomes
# one more row of it; anything else becomes a new indicator.
MORE = {i.id: i for i in ALL}
SHIPPED = set(MORE)
for module in (facts_jiuyuan, facts_hohhot, facts_region, facts_baotou, facts_news, facts_baotou2014):
    module.add(MORE)
ALL.extend(i for id, i in MORE.items() if id not in SHIPPED)

# ---------------------------------------------------------------- derived counts
ALL.append(counts_from(b14, "baotou_park_count_2014_01", "园区与基地数量", "Parks, zones and bases per banner"))
ALL.append(counts_from(b22, "baotou_park_count_2022_02", "园区与基地数量", "Parks, zones and bases per banner"))
ALL.append(counts_from(b25, "jiuyuan_park_count_2025_01", "园区与基地数量", "Parks, zones and bases per banner"))
ALL.append(counts_from(hohhot_sites, "hohhot_park_count_2024_h1", "园区与项目数量", "Parks, zones and projects per banner"))
ALL.append(counts_from(tl_parks, "tongliao_park_count_2014_02", "园区与项目数量", "Parks, zones and projects per banner"))



if __name__ == "__main__":
    for old in glob.glob(os.path.join(OUT, "*.toml")) + glob.glob(os.path.join(OUT, "*.csv")):
        os.remove(old)
    ids = [i.id for i in ALL]
    dup = {x for x in ids if ids.count(x) > 1}
    if dup:
        raise SystemExit(f"duplicate ids: {dup}")
    for i in ALL:
        i.write()
    print(f"{len(ALL)} indicators written")
