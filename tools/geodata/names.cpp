#include "names.hpp"

namespace steppe::geodata {

const std::vector<LeagueSource>& leagues() {
  static const std::vector<LeagueSource> table = {
      {{"150100", "呼和浩特市", "Hohhot"}, "nei4_meng2_gu3_hu1_he2_hao4_te4"},
      {{"150200", "包头市", "Baotou"}, "nei4_meng2_gu3_bao1_tou2"},
      {{"150300", "乌海市", "Wuhai"}, "nei4_meng2_gu3_wu1_hai3"},
      {{"150400", "赤峰市", "Chifeng"}, "nei4_meng2_gu3_chi4_feng1"},
      {{"150500", "通辽市", "Tongliao"}, "nei4_meng2_gu3_tong1_liao2"},
      {{"150600", "鄂尔多斯市", "Ordos"}, "nei4_meng2_gu3_e4_er3_duo1_si1"},
      {{"150700", "呼伦贝尔市", "Hulunbuir"}, "nei4_meng2_gu3_hu1_lun2_bei4_er3"},
      {{"150800", "巴彦淖尔市", "Bayannur"}, "nei4_meng2_gu3_ba1_yan4_nao4_er3"},
      {{"150900", "乌兰察布市", "Ulanqab"}, "nei4_meng2_gu3_wu1_lan2_cha2_bu4"},
      {{"152200", "兴安盟", "Hinggan League"}, "nei4_meng2_gu3_xing1_an1_meng2"},
      {{"152500", "锡林郭勒盟", "Xilingol League"}, "nei4_meng2_gu3_xi2_lin2_guo1_le4_meng2"},
      {{"152900", "阿拉善盟", "Alxa League"}, "nei4_meng2_gu3_a1_la1_shan4_meng2"},
  };
  return table;
}

const std::vector<AdminName>& banners() {
  static const std::vector<AdminName> table = {
      // 呼和浩特市 Hohhot
      {"150102", "新城区", "Xincheng District"},
      {"150103", "回民区", "Huimin District"},
      {"150104", "玉泉区", "Yuquan District"},
      {"150105", "赛罕区", "Saihan District"},
      {"150121", "土默特左旗", "Tumed Left Banner"},
      {"150122", "托克托县", "Togtoh County"},
      {"150123", "和林格尔县", "Horinger County"},
      {"150124", "清水河县", "Qingshuihe County"},
      {"150125", "武川县", "Wuchuan County"},
      // 包头市 Baotou
      {"150202", "东河区", "Donghe District"},
      {"150203", "昆都仑区", "Kundulun District"},
      {"150204", "青山区", "Qingshan District"},
      {"150205", "石拐区", "Shiguai District"},
      {"150206", "白云鄂博矿区", "Bayan Obo Mining District"},
      {"150207", "九原区", "Jiuyuan District"},
      {"150221", "土默特右旗", "Tumed Right Banner"},
      {"150222", "固阳县", "Guyang County"},
      {"150223", "达尔罕茂明安联合旗", "Darhan Muminggan United Banner"},
      // 乌海市 Wuhai
      {"150302", "海勃湾区", "Haibowan District"},
      {"150303", "海南区", "Hainan District"},
      {"150304", "乌达区", "Wuda District"},
      // 赤峰市 Chifeng
      {"150402", "红山区", "Hongshan District"},
      {"150403", "元宝山区", "Yuanbaoshan District"},
      {"150404", "松山区", "Songshan District"},
      {"150421", "阿鲁科尔沁旗", "Ar Horqin Banner"},
      {"150422", "巴林左旗", "Bairin Left Banner"},
      {"150423", "巴林右旗", "Bairin Right Banner"},
      {"150424", "林西县", "Linxi County"},
      {"150425", "克什克腾旗", "Hexigten Banner"},
      {"150426", "翁牛特旗", "Ongniud Banner"},
      {"150428", "喀喇沁旗", "Harqin Banner"},
      {"150429", "宁城县", "Ningcheng County"},
      {"150430", "敖汉旗", "Aohan Banner"},
      // 通辽市 Tongliao
      {"150502", "科尔沁区", "Horqin District"},
      {"150521", "科尔沁左翼中旗", "Horqin Left Middle Banner"},
      {"150522", "科尔沁左翼后旗", "Horqin Left Rear Banner"},
      {"150523", "开鲁县", "Kailu County"},
      {"150524", "库伦旗", "Hure Banner"},
      {"150525", "奈曼旗", "Naiman Banner"},
      {"150526", "扎鲁特旗", "Jarud Banner"},
      {"150581", "霍林郭勒市", "Holingol"},
      // 鄂尔多斯市 Ordos
      {"150602", "东胜区", "Dongsheng District"},
      {"150603", "康巴什区", "Kangbashi District"},
      {"150621", "达拉特旗", "Dalad Banner"},
      {"150622", "准格尔旗", "Jungar Banner"},
      {"150623", "鄂托克前旗", "Otog Front Banner"},
      {"150624", "鄂托克旗", "Otog Banner"},
      {"150625", "杭锦旗", "Hanggin Banner"},
      {"150626", "乌审旗", "Uxin Banner"},
      {"150627", "伊金霍洛旗", "Ejin Horo Banner"},
      // 呼伦贝尔市 Hulunbuir
      {"150702", "海拉尔区", "Hailar District"},
      {"150703", "扎赉诺尔区", "Jalainur District"},
      {"150721", "阿荣旗", "Arun Banner"},
      {"150722", "莫力达瓦达斡尔族自治旗", "Morin Dawa Daur Autonomous Banner"},
      {"150723", "鄂伦春自治旗", "Oroqen Autonomous Banner"},
      {"150724", "鄂温克族自治旗", "Evenk Autonomous Banner"},
      {"150725", "陈巴尔虎旗", "Old Barag Banner"},
      {"150726", "新巴尔虎左旗", "New Barag Left Banner"},
      {"150727", "新巴尔虎右旗", "New Barag Right Banner"},
      {"150781", "满洲里市", "Manzhouli"},
      {"150782", "牙克石市", "Yakeshi"},
      {"150783", "扎兰屯市", "Zhalantun"},
      {"150784", "额尔古纳市", "Ergun"},
      {"150785", "根河市", "Genhe"},
      // 巴彦淖尔市 Bayannur
      {"150802", "临河区", "Linhe District"},
      {"150821", "五原县", "Wuyuan County"},
      {"150822", "磴口县", "Dengkou County"},
      {"150823", "乌拉特前旗", "Urad Front Banner"},
      {"150824", "乌拉特中旗", "Urad Middle Banner"},
      {"150825", "乌拉特后旗", "Urad Rear Banner"},
      {"150826", "杭锦后旗", "Hanggin Rear Banner"},
      // 乌兰察布市 Ulanqab
      {"150902", "集宁区", "Jining District"},
      {"150921", "卓资县", "Zhuozi County"},
      {"150922", "化德县", "Huade County"},
      {"150923", "商都县", "Shangdu County"},
      {"150924", "兴和县", "Xinghe County"},
      {"150925", "凉城县", "Liangcheng County"},
      {"150926", "察哈尔右翼前旗", "Qahar Right Front Banner"},
      {"150927", "察哈尔右翼中旗", "Qahar Right Middle Banner"},
      {"150928", "察哈尔右翼后旗", "Qahar Right Rear Banner"},
      {"150929", "四子王旗", "Siziwang Banner"},
      {"150981", "丰镇市", "Fengzhen"},
      // 兴安盟 Hinggan League
      {"152201", "乌兰浩特市", "Ulanhot"},
      {"152202", "阿尔山市", "Arxan"},
      {"152221", "科尔沁右翼前旗", "Horqin Right Front Banner"},
      {"152222", "科尔沁右翼中旗", "Horqin Right Middle Banner"},
      {"152223", "扎赉特旗", "Jalaid Banner"},
      {"152224", "突泉县", "Tuquan County"},
      // 锡林郭勒盟 Xilingol League
      {"152501", "二连浩特市", "Erenhot"},
      {"152502", "锡林浩特市", "Xilinhot"},
      {"152522", "阿巴嘎旗", "Abag Banner"},
      {"152523", "苏尼特左旗", "Sonid Left Banner"},
      {"152524", "苏尼特右旗", "Sonid Right Banner"},
      {"152525", "东乌珠穆沁旗", "East Ujimqin Banner"},
      {"152526", "西乌珠穆沁旗", "West Ujimqin Banner"},
      {"152527", "太仆寺旗", "Taibus Banner"},
      {"152528", "镶黄旗", "Xianghuang Banner"},
      {"152529", "正镶白旗", "Zhengxiangbai Banner"},
      {"152530", "正蓝旗", "Zhenglan Banner"},
      {"152531", "多伦县", "Duolun County"},
      // 阿拉善盟 Alxa League
      {"152921", "阿拉善左旗", "Alxa Left Banner"},
      {"152922", "阿拉善右旗", "Alxa Right Banner"},
      {"152923", "额济纳旗", "Ejin Banner"},
  };
  return table;
}

const AdminName& region() {
  static const AdminName r{"150000", "内蒙古自治区", "Inner Mongolia"};
  return r;
}

const std::vector<ContextName>& provinces() {
  static const std::vector<ContextName> table = {
      {"北京", "北京市", "Beijing"},
      {"天津", "天津市", "Tianjin"},
      {"河北", "河北省", "Hebei"},
      {"山西", "山西省", "Shanxi"},
      {"辽宁", "辽宁省", "Liaoning"},
      {"吉林", "吉林省", "Jilin"},
      {"黑龙江", "黑龙江省", "Heilongjiang"},
      {"上海", "上海市", "Shanghai"},
      {"江苏", "江苏省", "Jiangsu"},
      {"浙江", "浙江省", "Zhejiang"},
      {"安徽", "安徽省", "Anhui"},
      {"福建", "福建省", "Fujian"},
      {"江西", "江西省", "Jiangxi"},
      {"山东", "山东省", "Shandong"},
      {"河南", "河南省", "Henan"},
      {"湖北", "湖北省", "Hubei"},
      {"湖南", "湖南省", "Hunan"},
      {"广东", "广东省", "Guangdong"},
      {"广西", "广西壮族自治区", "Guangxi"},
      {"海南", "海南省", "Hainan"},
      {"重庆", "重庆市", "Chongqing"},
      {"四川", "四川省", "Sichuan"},
      {"贵州", "贵州省", "Guizhou"},
      {"云南", "云南省", "Yunnan"},
      {"西藏", "西藏自治区", "Tibet"},
      {"陕西", "陕西省", "Shaanxi"},
      {"甘肃", "甘肃省", "Gansu"},
      {"青海", "青海省", "Qinghai"},
      {"宁夏", "宁夏回族自治区", "Ningxia"},
      {"新疆", "新疆维吾尔自治区", "Xinjiang"},
      {"台湾", "台湾省", "Taiwan"},
      {"香港", "香港特别行政区", "Hong Kong"},
      {"澳门", "澳门特别行政区", "Macao"},
  };
  return table;
}

const std::vector<ContextName>& countries() {
  static const std::vector<ContextName> table = {
      {"Mongolia", "蒙古国", "Mongolia"},
      {"Russia", "俄罗斯", "Russia"},
      {"North Korea", "朝鲜", "North Korea"},
      {"South Korea", "韩国", "South Korea"},
      {"Japan", "日本", "Japan"},
      {"Kazakhstan", "哈萨克斯坦", "Kazakhstan"},
  };
  return table;
}

} // namespace steppe::geodata
