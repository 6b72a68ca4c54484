#!/usr/bin/env python3
"""Build the gold of the unseen11 held-out set from the compact rows below.

Run from anywhere:  python3 gen/build.py          -> writes gold/w1.json … w5.json, prints `errors: N`
                    python3 gen/build.py --audit  -> also lists every number of each document that no
                                                     fact uses (to review the distractors by hand)
                    python3 gen/build.py --stats  -> per-document counts by kind (for the README)

Row format (one fact per line, `|`-separated, 12 fields, empty = none):
  doc | indicator | kind | year | months | value | unit | growth | completion | X | qualifier | context
  kind        a = actual, e = estimate, t = target
  months      "1-3", "6-6", … ; empty = [1,12]
  value       the number exactly as written in the document (Arabic or Chinese numerals);
              "-" = null (growth-only fact: the growth text then locates the fact)
  growth      "6.8", "-3.4" (下降), "b1.4" (增长1.4倍 -> 140), "0" (持平)
  completion  Y of 完成…的Y% (or of a 完成率 table column), as written
  X           target value written inside the completion sentence/row; a target fact of X must exist
  context     a string occurring once in the document and containing the value string once
"""
import json
import os
import re
import sys
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DOCS = ["w1", "w2", "w3", "w4", "w5"]

ROWS = r"""
# ---------------------------------------------------------------- w1 广东 江澜高新区 2025年一季度经济运行分析
w1|地区生产总值|a|2025|1-3|186.35|亿元|6.8|||||
w1|第一产业增加值|a|2025|1-3|6.17|亿元|3.0|||||
w1|第二产业增加值|a|2025|1-3|98.72|亿元|7.9|||||
w1|服务业增加值|a|2025|1-3|81.46|亿元|5.6|||||
w1|规模以上工业增加值|a|2025|1-3|-||9.3|||||
w1|规模以上工业增加值|a|2025|3-3|-||11.2|||||
w1|高技术制造业增加值|a|2025|1-3|-||15.6|||||
w1|规上工业企业营业收入|a|2025|1-3|598.3|亿元|9.8|||||
w1|电子信息产业产值|a|2025|1-3|248.6|亿元|14.7|||||
w1|新能源汽车及零部件产业产值|a|2025|1-3|97.3|亿元|36.5|||||
w1|生物医药产业产值|a|2025|1-3|41.2|亿元|-3.4|||||
w1|新增规上工业企业|a|2025|1-3|12|家||||||
w1|规上工业企业|a|2025|1-3|486|家||||||
w1|全社会固定资产投资|a|2025|1-3|-||4.2|||||
w1|技改投资|a|2025|1-3|12.04|亿元|25.3|||||
w1|房地产开发投资|a|2025|1-3|-||-12.6|||||
w1|500万元以上在库项目|a|2025|1-3|213|个||||||
w1|亿元以上在库项目|a|2025|1-3|58|个||||||
w1|社会消费品零售总额|a|2025|1-3|52.17|亿元|4.5|||||
w1|限额以上单位消费品零售额|a|2025|1-3|21.9|亿元|7.2|||||
w1|社会消费品零售总额|a|2025|3-3|18.36|亿元|6.1|||||
w1|限额以上批发业销售额|a|2025|1-3|86.3|亿元|9.6|||||
w1|限额以上住宿餐饮业营业额|a|2025|1-3|3.42|亿元|12.8|||||
w1|外贸进出口总额|a|2025|1-3|143.6|亿元|-2.7|||||
w1|出口|a|2025|1-3|96.8|亿元|3.1|||||
w1|进口|a|2025|1-3|46.8|亿元|-13.5|||||
w1|实际利用外资|a|2025|1-3|3862|万美元|b1.4|32.2||||
w1|地方一般公共预算收入|a|2025|1-3|9.86|亿元|6.1|27.4||||
w1|税收收入|a|2025|1-3|7.92|亿元|8.3|||||
w1|全口径税收|a|2025|1-3|28.45|亿元|5.2|||||
w1|金融机构本外币存款余额|a|2025|1-3|1268.4|亿元|8.1|||||
w1|金融机构本外币贷款余额|a|2025|1-3|986.7|亿元|11.5|||||
w1|新签约项目|a|2025|1-3|46|个||||||
w1|新签约项目总投资|a|2025|1-3|312.5|亿元||||||
w1|新签约10亿元以上项目|a|2025|1-3|9|个|||||10亿元以上项目9个
w1|招商引资实际到位资金|a|2025|1-3|22.38|亿元||26.3|85|||
w1|招商引资实际到位资金|t|2025||85|亿元||||||
w1|新登记市场主体|a|2025|1-3|3200|户||||近||
w1|新登记企业|a|2025|1-3|1284|户||||||
w1|国家高新技术企业|a|2024||1126|家||||||
w1|技术合同成交额|a|2025|1-3|8.62|亿元|31.4|||||
w1|地区生产总值|t|2025|1-6|-||7|||左右|增长7%左右
w1|规模以上工业增加值|t|2025|1-6|-||9|||以上|增长9%以上
# w1 附表（tab-separated）
w1|规模以上工业总产值（青禾街道）|a|2025|1-3|186.52|亿元|12.5|||||
w1|工业投资（青禾街道）|a|2025|1-3|8.36|亿元|-15.2|||||
w1|规上服务业营业收入（青禾街道）|a|2025|1-3|20.41|亿元|7.7|||||
w1|规模以上工业总产值（松湖科技园）|a|2025|1-3|214.07|亿元|16.8|||||
w1|工业投资（松湖科技园）|a|2025|1-3|14.25|亿元|38.4|||||
w1|规上服务业营业收入（松湖科技园）|a|2025|1-3|9.63|亿元|11.9|||||
w1|规模以上工业总产值（临港片区）|a|2025|1-3|97.46|亿元|3.6|||||
w1|工业投资（临港片区）|a|2025|1-3|11.82|亿元|27.1|||||
w1|规上服务业营业收入（临港片区）|a|2025|1-3|4.18|亿元|-6.3|||||
w1|规模以上工业总产值（白沙街道）|a|2025|1-3|72.19|亿元|-4.7|||||
w1|工业投资（白沙街道）|a|2025|1-3|3.05|亿元|-9.8|||||
w1|规上服务业营业收入（白沙街道）|a|2025|1-3|16.77|亿元|4.4|||||
w1|规模以上工业总产值（智造小镇）|a|2025|1-3|42.56|亿元|9.1|||||
w1|工业投资（智造小镇）|a|2025|1-3|1.63|亿元|52.6|||||
w1|规上服务业营业收入（智造小镇）|a|2025|1-3|2.36|亿元|18.2|||||
w1|规模以上工业总产值|a|2025|1-3|612.80|亿元|10.4|||||
w1|工业投资|a|2025|1-3|39.11|亿元|21.6|||||
w1|规上服务业营业收入|a|2025|1-3|53.35|亿元|6.9|||||
# ---------------------------------------------------------------- w2 福建 溪岚经开区 2024年重点项目“攻坚年”总结
w2|策划生成项目|a|2024||168|个||||||
w2|策划生成项目总投资|a|2024||1286|亿元||||||
w2|新增储备项目|a|2024||126|个||||||
w2|新增储备项目总投资|a|2024||738|亿元||||||
w2|省市重点项目|a|2024||62|个||||||
w2|省市重点项目投资|a|2024||203.7|亿元||109.3|186.4|||
w2|省市重点项目投资|t|2024||186.4|亿元||||||
w2|省重点项目|a|2024||18|个||||||
w2|省重点项目投资|a|2024||78.2|亿元||112.5||||
w2|市重点项目|a|2024||44|个||||||
w2|市重点项目投资|a|2024||125.5|亿元||||||
w2|三大主导产业项目投资|a|2024||158.6|亿元||||||
w2|省市重点项目投资|a|2024|1-3|52.3|亿元||||||
w2|省市重点项目投资|a|2024|1-6|101.8|亿元||||||
w2|省市重点项目投资|a|2024|1-9|152.1|亿元||81.6||||
w2|省市重点项目投资（东港片区）|a|2024||86.5|亿元||||||
w2|省市重点项目投资（西屿片区）|a|2024||71.9|亿元||||||
w2|省市重点项目投资（综合保税区）|a|2024||45.3|亿元||||||
w2|新签约项目|a|2024||58|个|||||分别达到58个、43个和31个
w2|新开工项目|a|2024||43|个|||||分别达到58个、43个和31个
w2|新投产项目|a|2024||31|个|||||分别达到58个、43个和31个
w2|新签约项目总投资|a|2024||412.6|亿元||||||
w2|新签约亿元以上项目|a|2024||41|个||||||
w2|新开工项目|t|2024||49|个||||||
w2|开工率|a|2024||87.8|%||||||
w2|新开工亿元以上项目|a|2024||27|个||||||
w2|新开工项目（东港片区）|a|2024||19|个|||||分别为19个、15个和9个
w2|新开工项目（西屿片区）|a|2024||15|个|||||分别为19个、15个和9个
w2|新开工项目（综合保税区）|a|2024||9|个|||||分别为19个、15个和9个
w2|新开工项目|a|2024|12-12|11|个|||||12月当月新开工项目11个
w2|新投产项目新增产值|a|2024||86.4|亿元||||||
w2|在建项目|a|2024||214|个||||||
w2|在建10亿元以上项目|a|2024||36|个||||||
w2|全社会固定资产投资|a|2024||-||11.3|||||
w2|工业投资|a|2024||68.42|亿元|15.6|104.6||||
w2|技改投资|a|2024||-||22.1|||||
w2|招商引资实际到位资金|a|2024||96.3|亿元|12.4|||||
w2|实际利用外资|a|2024||1.36|亿美元|18.2|||||
w2|新增规上工业企业|a|2024||23|家||||||
w2|供应工业用地|a|2024||1856|亩||||||
w2|盘活低效用地|a|2024||423|亩||||||
w2|地方政府专项债券资金|a|2024||9.8|亿元||||||
w2|超长期特别国债资金|a|2024||2.36|亿元||||||
w2|省市重点项目|t|2025||70|个||||||
w2|省市重点项目投资|t|2025||215|亿元||||||
w2|新签约项目|t|2025||60|个||||以上||
w2|新签约亿元以上项目|t|2025||45|个||||||
w2|新开工项目|t|2025||50|个||||||
w2|竣工投产项目|t|2025||35|个||||以上||
w2|开工率|t|2025||90|%||||以上||
w2|新开工项目|t|2025|1-3|20|个||||以上||
w2|全社会固定资产投资|t|2025||-||8|||以上|增长8%以上
w2|工业投资|t|2025||75|亿元||||||
w2|招商引资实际到位资金|t|2025||100|亿元||||突破||
w2|实际利用外资|t|2025||1.5|亿美元||||||
w2|新增规上工业企业|t|2025||25|家||||||
w2|供应工业用地|t|2025||2000|亩||||左右||
w2|地方政府专项债券资金|t|2025||12.5|亿元||||||
w2|策划生成项目|t|2025||150|个||||以上||
# ---------------------------------------------------------------- w3 安徽 桐溪经开区 2026年1-10月招商引资通报
w3|新签约项目|a|2026|1-10|87|个||87.0|100|||
w3|新签约项目|t|2026||100|个||||||
w3|新签约项目协议总投资|a|2026|1-10|486.3|亿元|23.5|||||
w3|新签约项目|a|2025|1-10|72|个||||||
w3|新签约亿元以上项目|a|2026|1-10|52|个||86.7|60|||
w3|新签约亿元以上项目|t|2026||60|个|||||目标60个
w3|新签约10亿元以上项目|a|2026|1-10|11|个|b1.2||||10亿元以上项目11个
w3|新签约制造业项目|a|2026|1-10|68|个||||||
w3|新引进500强企业投资项目|a|2026|1-10|6|个|||||500强企业投资项目6个
w3|新设外商投资企业|a|2026|1-10|12|家||||||
w3|合同外资|a|2026|1-10|1.8|亿美元||||超||
w3|招商引资实际到位资金|a|2026|1-10|168.42|亿元|9.6|83.4|202|||
w3|招商引资实际到位资金|a|2025|1-10|153.7|亿元||||||
w3|招商引资实际到位资金|t|2026||202|亿元||||||
w3|省外境内资金|a|2026|1-10|152.6|亿元|7.8|||||
w3|实际利用外资|a|2026|1-10|4926|万美元|-12.3|||||
w3|招商引资实际到位资金|a|2026|1-3|38.6|亿元||||||
w3|招商引资实际到位资金|a|2026|1-6|92.4|亿元||||||
w3|招商引资实际到位资金|a|2026|1-9|148.72|亿元||||||
w3|招商引资实际到位资金|a|2026|10-10|19.7|亿元||||||
w3|新开工项目|a|2026|1-10|41|个||||||
w3|新开工亿元以上项目|a|2026|1-10|33|个||||||
w3|新投产项目|a|2026|1-10|23|个||||||
w3|签约项目开工率|a|2026|1-10|47.1|%||||||
w3|新增入库纳统项目|a|2026|1-10|29|个||||||
w3|以商招商落地项目|a|2026|1-10|18|个||||||
w3|基金招商落地项目|a|2026|1-10|5|个|||||分别落地项目18个、5个
w3|新签约项目|a|2026|8-8|7|个|||||分别新签约项目7个、8个、9个
w3|新签约项目|a|2026|9-9|8|个|||||分别新签约项目7个、8个、9个
w3|新签约项目|a|2026|10-10|9|个|||||分别新签约项目7个、8个、9个
w3|新签约亿元以上项目|a|2026|10-10|6|个|||||新签约亿元以上项目6个、新开工项目5个
w3|新开工项目|a|2026|10-10|5|个|||||新签约亿元以上项目6个、新开工项目5个
w3|在谈项目|a|2026|1-10|64|个||||||
w3|在谈10亿元以上项目|a|2026|1-10|15|个|||||10亿元以上项目15个
w3|新签约项目（新能源汽车产业链）|a|2026|1-10|21|个|||||分别新签约项目21个、17个、13个
w3|新签约项目（光伏储能产业链）|a|2026|1-10|17|个|||||分别新签约项目21个、17个、13个
w3|新签约项目（高端装备产业链）|a|2026|1-10|13|个|||||分别新签约项目21个、17个、13个
w3|新签约项目（生物医药产业链）|a|2026|1-10|4|个|||||仅新签约项目4个
w3|新签约亿元以上项目（高新片区）|a|2026|1-10|24|个|||||亿元以上项目24个、17个、11个
w3|新签约亿元以上项目（临湖片区）|a|2026|1-10|17|个|||||亿元以上项目24个、17个、11个
w3|新签约亿元以上项目（北部新城）|a|2026|1-10|11|个|||||亿元以上项目24个、17个、11个
w3|新签约亿元以上项目（驻上海招商小分队）|a|2026|1-10|6|个|||||亿元以上项目6个、4个、3个
w3|新签约亿元以上项目（驻深圳招商小分队）|a|2026|1-10|4|个|||||亿元以上项目6个、4个、3个
w3|新签约亿元以上项目（驻北京招商小分队）|a|2026|1-10|3|个|||||亿元以上项目6个、4个、3个
# w3 表1（tab-separated）
w3|新签约亿元以上项目（新能源汽车产业链）|a|2026|1-10|14|个|||||新能源汽车产业链	14	48	45.36	94.5
w3|招商引资实际到位资金（新能源汽车产业链）|t|2026||48|亿元|||||新能源汽车产业链	14	48	45.36	94.5
w3|招商引资实际到位资金（新能源汽车产业链）|a|2026|1-10|45.36|亿元||94.5|48||
w3|新签约亿元以上项目（光伏储能产业链）|a|2026|1-10|11|个|||||光伏储能产业链	11	40	37.84	94.6
w3|招商引资实际到位资金（光伏储能产业链）|t|2026||40|亿元|||||光伏储能产业链	11	40	37.84	94.6
w3|招商引资实际到位资金（光伏储能产业链）|a|2026|1-10|37.84|亿元||94.6|40||
w3|新签约亿元以上项目（高端装备产业链）|a|2026|1-10|9|个|||||高端装备产业链	9	36	26.28	73.0
w3|招商引资实际到位资金（高端装备产业链）|t|2026||36|亿元|||||高端装备产业链	9	36	26.28	73.0
w3|招商引资实际到位资金（高端装备产业链）|a|2026|1-10|26.28|亿元||73.0|36||
w3|新签约亿元以上项目（新材料产业链）|a|2026|1-10|8|个|||||新材料产业链	8	30	29.61	98.7
w3|招商引资实际到位资金（新材料产业链）|t|2026||30|亿元|||||新材料产业链	8	30	29.61	98.7
w3|招商引资实际到位资金（新材料产业链）|a|2026|1-10|29.61|亿元||98.7|30||
w3|新签约亿元以上项目（生物医药产业链）|a|2026|1-10|3|个|||||生物医药产业链	3	22	10.78	49.0
w3|招商引资实际到位资金（生物医药产业链）|t|2026||22|亿元|||||生物医药产业链	3	22	10.78	49.0
w3|招商引资实际到位资金（生物医药产业链）|a|2026|1-10|10.78|亿元||49.0|22||
w3|新签约亿元以上项目（现代服务业专班）|a|2026|1-10|7|个|||||现代服务业专班	7	26	18.55	71.3
w3|招商引资实际到位资金（现代服务业专班）|t|2026||26|亿元|||||现代服务业专班	7	26	18.55	71.3
w3|招商引资实际到位资金（现代服务业专班）|a|2026|1-10|18.55|亿元||71.3|26||
w3|招商引资实际到位资金|t|2026||200|亿元||||突破||
w3|新签约项目|e|2026||105|个||||左右||
# ---------------------------------------------------------------- w4 湖南 沩岚经开区 管委会2023年工作报告
# 初步预计 paragraph (2022, estimate)
w4|技工贸总收入|e|2022||1186|亿元|15.2|103.1|1150|||
w4|技工贸总收入|t|2022||1150|亿元||||||
w4|规模以上工业总产值|e|2022||812.4|亿元|16.8|||||
w4|规模以上工业总产值（东区）|e|2022||386.2|亿元||||||
w4|规模以上工业总产值（南区）|e|2022||271.5|亿元||||||
w4|规模以上工业总产值（北区）|e|2022||154.7|亿元||||||
w4|规模以上工业增加值|e|2022||-||9.1|||||
w4|全社会固定资产投资|e|2022||-||11.6|||||
w4|工业投资|e|2022||-||18.3|||||
w4|高新技术产业增加值|e|2022||186.3|亿元|13.1|||||
w4|地方一般公共预算收入|e|2022||12.36|亿元|7.3|||||
w4|全口径税收|e|2022||21.8|亿元|9.4|||||
w4|外贸进出口总额|e|2022||45.2|亿元|b1.2|||||
w4|出口|e|2022||31.6|亿元|b1.4|||||
# 2022 actuals
w4|重点项目|a|2022||92|个||||||
w4|重点项目投资|a|2022||136.8|亿元||||||
w4|重点产业项目投资|a|2022||103.5|亿元||||||
w4|新签约项目|a|2022||63|个||||||
w4|新签约项目合同引资|a|2022||326|亿元||||||
w4|新签约亿元以上项目|a|2022||41|个||||||
w4|新引进三类500强企业项目|a|2022||5|个|||||500强企业项目5个
w4|招商引资实际到位资金|a|2022||88.6|亿元||110.8||||
w4|实际利用外资|a|2022||9600|万美元|8.5|||||
w4|新增规模以上工业企业|a|2022||37|家||||||
w4|规模以上工业企业|a|2022||318|家||||||
w4|净增高新技术企业|a|2022||42|家||||||
w4|高新技术企业|a|2022||235|家||||||
w4|新增国家级专精特新小巨人企业|a|2022||三|家|||||小巨人企业三家
w4|新增省级专精特新中小企业|a|2022||二十一|家||||||
w4|省级以上研发平台|a|2022||9|个|||||研发平台9个
w4|新增上市企业|a|2022||1|家|||||新增上市企业1家
w4|新增建设用地|a|2022||2860|亩||||||
w4|新增市场主体|a|2022||1826|户||||||
w4|新增就业岗位|a|2022||4200|个||||余||
w4|从业人员|a|2022||5.6|万人||||约||
w4|新增外贸实绩企业|a|2022||28|家||||||
w4|跨境电商交易额|a|2022||8.9|亿元|46.2|||||
# 2023 targets (预期 / 拼搏)
w4|技工贸总收入|t|2023||1360|亿元||||||
w4|技工贸总收入（拼搏目标）|t|2023||1400|亿元||||||
w4|规模以上工业总产值|t|2023||-||15|||||
w4|规模以上工业总产值（拼搏目标）|t|2023||-||18||||拼搏目标增长18%
w4|规模以上工业增加值|t|2023||-||10|||以上|增长10%以上
w4|高新技术产业增加值|t|2023||-||14|||||
w4|全社会固定资产投资|t|2023||-||12||||增长12%，其中
w4|工业投资|t|2023||-||16|||||
w4|招商引资实际到位资金|t|2023||100|亿元||||||
w4|招商引资实际到位资金（拼搏目标）|t|2023||110|亿元||||||
w4|实际利用外资|t|2023||1.2|亿美元|||||1.2亿美元
w4|地方一般公共预算收入|t|2023||13.6|亿元||||||
w4|全口径税收|t|2023||-||10|||左右|增长10%左右
w4|新增规模以上工业企业|t|2023||30|家|||||30家
w4|新增规模以上工业企业（拼搏目标）|t|2023||35|家||||||
w4|新增高新技术企业|t|2023||40|家||||||
w4|新签约亿元以上项目|t|2023||45|个||||||
w4|新开工项目|t|2023||30|个|||||新开工项目30个
w4|外贸进出口总额|t|2023||50|亿元||||突破|突破50亿元
w4|规模以上工业总产值|t|2023|1-3|-||12|||以上|增长12%以上
w4|重点项目开工率|t|2023|1-3|60|%|||||开工率达到60%
w4|技工贸总收入|t|2025||2000|亿元||||突破||
w4|新增上市企业|t|2023||2|家|||||新增上市企业2家
# ---------------------------------------------------------------- w5 陕西 泾岚高新区 2025年上半年科技创新和企业培育汇报
w5|高新技术企业|a|2025|1-6|1268|家||||||
w5|高新技术企业|a|2024||1172|家||||||
w5|净增高新技术企业|a|2025|1-6|96|家||||||
w5|高新技术企业（软件新城）|a|2025|1-6|512|家||||||
w5|高新技术企业（光电子产业园）|a|2025|1-6|386|家||||||
w5|高新技术企业（装备制造园）|a|2025|1-6|247|家||||||
w5|高新技术企业营业收入|a|2025|1-6|1586.4|亿元|13.2|||||
w5|新认定高新技术企业|a|2024||218|家||||||
w5|入库科技型中小企业|a|2025|1-6|2186|家|18.6|91.1|2400|||
w5|入库科技型中小企业|t|2025||2400|家||||||
w5|新增入库科技型中小企业|a|2025|6-6|312|家||||||
w5|瞪羚企业|a|2025|1-6|41|家||||||
w5|国家级科技企业孵化器|a|2025|1-6|6|家|||||孵化器6家
w5|国家级专精特新小巨人企业|a|2025|1-6|23|家||||||
w5|省级专精特新中小企业|a|2025|1-6|156|家||||||
w5|创新型中小企业|a|2025|1-6|318|家||||||
w5|新增省级专精特新中小企业|a|2025|1-6|二十四|家||||||
w5|规上企业培育库入库企业|a|2025|1-6|87|家||||||
w5|新增小升规企业|a|2025|1-6|19|家||||||
w5|新增小升规工业企业|a|2025|1-6|12|家|||||工业企业12家
w5|新增小升规服务业企业|a|2025|1-6|7|家|||||服务业企业7家
w5|研发投入超亿元企业|a|2025|1-6|40|家||||近|近40家
w5|新增上市企业|a|2025|1-6|1|家|||||新增上市企业1家
w5|新增新三板挂牌企业|a|2025|1-6|2|家|||||挂牌企业2家
w5|上市后备企业|a|2025|1-6|48|家||||||
w5|规上工业企业研发经费投入|a|2025|1-6|28.6|亿元|12.4|||||
w5|新增省级以上研发平台|a|2025|1-6|17|个||||||
w5|新增国家级研发平台|a|2025|1-6|2|个|||||国家级2个
w5|新增在孵企业|a|2025|1-6|214|家||||||
w5|新认定省级新型研发机构|a|2025|1-6|3|家|||||研发机构3家
w5|发明专利授权量|a|2025|1-6|1432|件|9.8|||||
w5|有效发明专利拥有量|a|2025|1-6|12860|件||||||
w5|新引进高层次人才|a|2025|1-6|136|人||||||
w5|技术合同成交额|a|2025|1-3|31.2|亿元||||||
w5|技术合同成交额|a|2025|1-6|86.35|亿元|21.7|54.0||||
w5|技术合同成交额|a|2025|6-6|22.4|亿元||||||
w5|技术合同登记数|a|2025|1-6|1865|项||||||
w5|科技型企业贷款余额|a|2025|1-6|46.7|亿元|26.3|||||
w5|营收超10亿元高新技术企业|a|2025|1-6|9|家|||||仅9家
# w5 表（tab-separated）
w5|入库科技型中小企业（软件新城）|a|2025|1-6|968|家|21.4|||||
w5|规上工业企业研发经费投入（软件新城）|a|2025|1-6|9.62|亿元|15.8|||||
w5|入库科技型中小企业（光电子产业园）|a|2025|1-6|574|家|16.9|||||
w5|规上工业企业研发经费投入（光电子产业园）|a|2025|1-6|8.35|亿元|13.1|||||
w5|入库科技型中小企业（装备制造园）|a|2025|1-6|401|家|14.2|||||
w5|规上工业企业研发经费投入（装备制造园）|a|2025|1-6|7.48|亿元|8.6|||||
w5|入库科技型中小企业（其他区域）|a|2025|1-6|243|家|19.7|||||
w5|规上工业企业研发经费投入（其他区域）|a|2025|1-6|3.15|亿元|10.3|||||
# w5 year-end targets and estimate
w5|高新技术企业|t|2025||1400|家||||突破||
w5|新认定高新技术企业|t|2025||260|家||||以上||
w5|新增省级专精特新中小企业|t|2025||30|家|||||专精特新中小企业30家
w5|新增国家级专精特新小巨人企业|t|2025||5|家|||||小巨人企业5家
w5|新增小升规企业|t|2025||40|家|||||小升规企业40家
w5|规上工业企业研发经费投入|t|2025||-||10|||以上|增长10%以上
w5|规上工业企业研发经费投入|t|2025||55|亿元||||突破||
w5|技术合同成交额|t|2025||160|亿元||||||
w5|技术合同成交额（拼搏目标）|t|2025||180|亿元||||||
w5|新增省级以上研发平台|t|2025||30|个|||||研发平台30个
w5|新引进高层次人才|t|2025||250|人||||以上||
w5|发明专利授权量|t|2025||3000|件||||左右||
w5|科技型企业贷款余额|t|2025||60|亿元||||突破||
w5|净增高新技术企业|e|2025||130|家||||左右||
"""

KEYS = ["indicator", "kind", "year", "months", "value", "unit", "value_base", "currency",
        "growth_pct", "completion_pct", "qualifier"]
KIND = {"a": "actual", "e": "estimate", "t": "target"}
UNIT = {  # unit -> (multiplier to base, currency)
    "亿元": (Decimal(10) ** 8, "CNY"), "万元": (Decimal(10) ** 4, "CNY"), "元": (Decimal(1), "CNY"),
    "亿美元": (Decimal(10) ** 8, "USD"), "万美元": (Decimal(10) ** 4, "USD"), "美元": (Decimal(1), "USD"),
    "家": (Decimal(1), None), "个": (Decimal(1), None), "户": (Decimal(1), None), "人": (Decimal(1), None),
    "项": (Decimal(1), None), "件": (Decimal(1), None), "亩": (Decimal(1), None), "%": (Decimal(1), None),
    "万户": (Decimal(10) ** 4, None), "万人": (Decimal(10) ** 4, None), "万亩": (Decimal(10) ** 4, None),
}
QUALS = ["以上", "突破", "超", "近", "约", "左右", "余"]
CN_DIG = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
          "八": 8, "九": 9}
CN_CHARS = set("零〇一二两三四五六七八九十百千万亿")
# words ending in a qualifier character that are not qualifiers
NOT_QUAL_BEFORE = ["签约", "合约", "履约", "节约", "集约", "特约", "预约", "制约", "赶超", "接近", "最近",
                   "将近", "附近"]


def cn2num(s):
    total, cur = 0, 0
    for ch in s:
        if ch in CN_DIG:
            cur = CN_DIG[ch]
        elif ch == "十":
            total += (cur or 1) * 10
            cur = 0
        elif ch == "百":
            total += (cur or 1) * 100
            cur = 0
        elif ch == "千":
            total += (cur or 1) * 1000
            cur = 0
        else:
            raise ValueError(s)
    return Decimal(total + cur)


def is_cn(s):
    return all(c in CN_CHARS for c in s)


def num_out(d):
    """Decimal -> JSON number (int when integral)."""
    if d is None:
        return None
    if d == d.to_integral_value():
        return int(d)
    return float(d)


def occurrences(hay, needle):
    """Start positions of needle in hay, never inside a longer number."""
    out, i = [], hay.find(needle)
    cn = is_cn(needle)
    while i >= 0:
        before = hay[i - 1] if i > 0 else ""
        after = hay[i + len(needle): i + len(needle) + 2]
        ok = True
        if cn:
            if before in CN_CHARS or (after[:1] in CN_CHARS):
                ok = False
        elif needle[:1].isdigit():
            if before.isdigit() or before == ".":
                ok = False
            if after[:1].isdigit() or (after[:1] == "." and after[1:2].isdigit()):
                ok = False
        if ok:
            out.append(i)
        i = hay.find(needle, i + 1)
    return out


def growth_parts(g):
    """growth field -> (growth_pct Decimal, locator string)."""
    if g.startswith("b"):
        n = Decimal(g[1:])
        return n * 100, g[1:] + "倍"
    if g == "0":
        return Decimal(0), "持平"
    d = Decimal(g)
    return d, g.lstrip("-")


def parse_rows():
    facts = []
    for ln, line in enumerate(ROWS.strip("\n").split("\n"), 1):
        if not line.strip() or line.startswith("#"):
            continue
        f = line.split("|")
        while len(f) > 12 and f[-1] == "":
            f.pop()
        if len(f) != 12:
            raise SystemExit(f"row {ln}: {len(f)} fields: {line}")
        facts.append(dict(zip(["doc", "ind", "kind", "year", "months", "v", "unit", "g", "c", "x", "q", "ctx"],
                              f), line=line))
    return facts


def main():
    audit = "--audit" in sys.argv
    stats = "--stats" in sys.argv
    errors = []
    rows = parse_rows()
    os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
    summary = {}
    for doc in DOCS:
        text = open(os.path.join(ROOT, "docs", doc + ".txt"), encoding="utf-8").read()
        n = len(text)
        if not 2000 <= n <= 3500:
            errors.append(f"{doc}: length {n} outside 2000-3500")
        drows = [r for r in rows if r["doc"] == doc]
        gold, used_pos, comp_pos, covered = [], {}, set(), set()

        def err(r, msg):
            errors.append(f"{doc}: {msg} :: {r['line']}")

        for r in drows:
            # ---- value, growth, completion
            value = None
            if r["v"] != "-":
                value = cn2num(r["v"]) if is_cn(r["v"]) else Decimal(r["v"])
            growth, gloc = (None, None)
            if r["g"]:
                growth, gloc = growth_parts(r["g"])
            comp = Decimal(r["c"]) if r["c"] else None
            unit = r["unit"] or None
            if value is None and unit:
                err(r, "unit with null value")
            if value is not None and unit not in UNIT:
                err(r, f"unknown unit {unit}")
            loc = r["v"] if value is not None else gloc
            if loc is None:
                err(r, "no value and no growth")
                continue
            # ---- locate
            if r["ctx"]:
                cpos = [m.start() for m in re.finditer(re.escape(r["ctx"]), text)]
                if len(cpos) != 1:
                    err(r, f"context occurs {len(cpos)} times")
                    continue
                inner = occurrences(r["ctx"], loc)
                if len(inner) != 1:
                    err(r, f"value occurs {len(inner)} times in context")
                    continue
                pos = cpos[0] + inner[0]
            else:
                occ = occurrences(text, loc)
                if len(occ) != 1:
                    err(r, f"value string {loc!r} occurs {len(occ)} times")
                    continue
                pos = occ[0]
            if pos in used_pos:
                err(r, f"same place as {used_pos[pos]}")
            used_pos[pos] = r["line"]
            covered.update(range(pos, pos + len(loc)))
            line_start = text.rfind("\n", 0, pos) + 1
            line_end = text.find("\n", pos)
            in_table = "\t" in text[line_start:line_end if line_end >= 0 else None]
            # ---- growth near value
            if growth is not None and value is not None:
                near = [p for p in occurrences(text, gloc) if p != pos and abs(p - pos) <= 40]
                if not near:
                    err(r, f"growth {gloc!r} not within 40 chars")
                else:
                    gp = min(near, key=lambda p: abs(p - pos))
                    covered.update(range(gp, gp + len(gloc)))
                    seg = text[min(gp, pos):max(gp, pos)]
                    if growth < 0 and not in_table and "下降" not in text[max(0, gp - 6):gp] and "下降" not in seg:
                        err(r, "negative growth without 下降 nearby")
            if growth is not None and value is None and growth < 0 and not in_table:
                if "下降" not in text[max(0, pos - 8):pos]:
                    err(r, "negative growth-only fact without 下降 before it")
            # ---- completion
            if comp is not None:
                if value is None:
                    err(r, "completion without value")
                cands = [p for p in occurrences(text, r["c"]) if 0 < p - pos <= 80]
                if not cands:
                    err(r, f"completion {r['c']} not found after value")
                else:
                    comp_pos.add(cands[0])
                    covered.update(range(cands[0], cands[0] + len(r["c"])))
            # ---- unit right after value (prose only)
            if value is not None and not in_table:
                after = text[pos + len(loc):]
                if after.startswith("余"):
                    after = after[1:]
                if not after.startswith(unit):
                    err(r, f"unit {unit} not right after value (got {after[:4]!r})")
            # ---- qualifier in the text
            found = []
            before2 = text[max(0, pos - 2):pos]
            if before2 == "突破":
                found.append("突破")
            elif text[pos - 1:pos] in ("超", "近", "约") and before2 not in NOT_QUAL_BEFORE:
                found.append(text[pos - 1])
            after = text[pos + len(loc):]
            if after.startswith("余"):
                found.append("余")
                after = after[1:]
            u = unit if value is not None else "%"
            if u and after.startswith(u):
                after = after[len(u):]
            for w in ("以上", "左右"):
                if after.startswith(w):
                    found.append(w)
            q = r["q"] or None
            if q is not None and q not in QUALS:
                err(r, f"bad qualifier {q}")
            if (found[0] if len(found) == 1 else (None if not found else "MULTI")) != q:
                err(r, f"qualifier in text {found} vs gold {q}")
            # ---- build fact
            months = [1, 12]
            if r["months"]:
                a, b = r["months"].split("-")
                months = [int(a), int(b)]
            vb, cur = None, None
            if value is not None and unit in UNIT:
                mult, cur = UNIT[unit]
                vb = value * mult
            fact = {
                "indicator": r["ind"],
                "kind": KIND[r["kind"]],
                "year": int(r["year"]),
                "months": months,
                "value": num_out(value),
                "unit": unit,
                "value_base": num_out(vb),
                "currency": cur,
                "growth_pct": num_out(growth),
                "completion_pct": num_out(comp),
                "qualifier": q,
            }
            if list(fact) != KEYS:
                err(r, "keys")
            fact["_x"] = r["x"]
            fact["_line"] = r["line"]
            gold.append(fact)
        # ---- completion arithmetic and target facts
        for f in gold:
            if f["_x"]:
                x = Decimal(f["_x"])
                tgt = [g for g in gold if g["indicator"] == f["indicator"] and g["kind"] == "target"
                       and g["year"] == f["year"] and g["months"] == [1, 12] and g["value"] is not None
                       and Decimal(str(g["value"])) == x]
                if len(tgt) != 1:
                    errors.append(f"{doc}: no separate target fact {x} :: {f['_line']}")
                else:
                    ratio = (Decimal(str(f["value_base"])) / Decimal(str(tgt[0]["value_base"])) * 100)
                    if round(float(ratio), 1) != float(f["completion_pct"]):
                        errors.append(f"{doc}: completion {f['completion_pct']} != {ratio:.3f} :: {f['_line']}")
        # ---- every 完成…的Y% used
        for m in re.finditer(r"完成[^。；，\n]{0,40}?的(\d+(?:\.\d+)?)%", text):
            if m.start(1) not in comp_pos:
                errors.append(f"{doc}: unused completion {m.group(0)!r}")
        # ---- duplicate keys
        seen = {}
        for f in gold:
            k = (f["indicator"], f["kind"], f["year"], tuple(f["months"]), f["value"])
            if k in seen:
                errors.append(f"{doc}: duplicate key {k}")
            seen[k] = 1
        out = [{k: f[k] for k in KEYS} for f in gold]
        for f in out:
            if len(f) != 11:
                errors.append(f"{doc}: fact with {len(f)} keys")
        with open(os.path.join(ROOT, "gold", doc + ".json"), "w", encoding="utf-8") as fh:
            json.dump(out, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        by_kind = {k: sum(1 for f in out if f["kind"] == k) for k in ("actual", "estimate", "target")}
        summary[doc] = (n, len(out), by_kind)
        if audit:
            print(f"== {doc}: numbers used by no fact")
            for m in re.finditer(r"\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+", text):
                if m.start() in covered:
                    continue
                s = text[max(0, m.start() - 12):m.end() + 8].replace("\n", "⏎").replace("\t", "→")
                print(f"   {m.group(0):>8}  {s}")
    if stats or audit:
        tot = 0
        for doc, (n, c, bk) in summary.items():
            tot += c
            print(f"{doc}: chars {n}, facts {c}, {bk}")
        print("total facts", tot)
    for e in errors:
        print("ERROR", e)
    print(f"errors: {len(errors)}")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
