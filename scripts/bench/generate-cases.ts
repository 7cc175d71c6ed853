#!/usr/bin/env node
/**
 * Writes N synthetic, schema-valid case writeups for benchmarks: OUT/<year>/<slug>.mdx.
 *
 *   node scripts/bench/generate-cases.ts --count 1000 --out /tmp/cases-1000 [--seed 1] [--validate-all]
 *
 * - Obviously synthetic: `illustrative: true`, slug `synth-<year>-<n>`, publisher “基准测试生成器”,
 *   a tag “合成数据” and a closing sentence saying the writeup was generated.
 * - Deterministic: case i depends only on (seed, i), so the first 1,000 of a 10,000 run are the
 *   1,000 run. Years 2015–2026; every domain, mechanism, outcome and method appears once the
 *   count reaches the length of its list.
 * - Parties are anonymised (张某、李某某、某公司), no number has 7 or more digits, and every cite
 *   is a real provision id numbered from src/content/regulations/*.mdx.
 * - Before writing anything, every text is run through the privacy check and the digit-run
 *   check, and a sample (all of them with --validate-all) is parsed back with `yaml` and
 *   validated against caseSchema; any failure stops the script with nothing written.
 * - Refuses an --out inside the repository (generated cases must never be committed) and never
 *   overwrites an existing file. Use with CASES_DIR=OUT to build the site with them.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, realpathSync, writeFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { MECHANISMS } from '../../src/schemas/common.ts';
import { DOMAINS } from '../../src/schemas/domains.ts';
import { METHODS, OUTCOMES, caseSchema } from '../../src/schemas/case.ts';
import { buildCaseFile, frontmatterOf, SECTION_NAMES, type CaseDraft, type Domain, type Mechanism, type Method, type Outcome, type Sections } from '../../src/lib/cases/scaffold.ts';
import { findPersonalData } from '../../src/lib/privacy/scan.ts';
import { bodyBlocks, numberProvisions } from '../../src/lib/provisions/numbering.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const FIRST_YEAR = 2015;
const LAST_YEAR = 2026;
const SAMPLE = 300;

// ---------------------------------------------------------------------------------------------
// Deterministic randomness

/** mulberry32: small, fast, good enough for test data. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One independent stream per (seed, case index). */
function caseRng(seed: number, index: number): () => number {
  let h = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return mulberry32(h ^ (h >>> 16));
}

interface Rand {
  next: () => number;
  int: (min: number, max: number) => number;
  pick: <T>(list: readonly T[]) => T;
  some: <T>(list: readonly T[], min: number, max: number) => T[];
  chance: (p: number) => boolean;
}

function rand(next: () => number): Rand {
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const some = <T>(list: readonly T[], min: number, max: number): T[] => {
    const pool = [...list];
    const n = Math.min(pool.length, int(min, max));
    const out: T[] = [];
    for (let i = 0; i < n; i++) out.push(pool.splice(Math.floor(next() * pool.length), 1)[0]!);
    return out;
  };
  return { next, int, pick, some, chance: (p) => next() < p };
}

// ---------------------------------------------------------------------------------------------
// Fragments. {A} is the applicant (always a person), {B} the other party, {C} a second person,
// {org} the mediating body, {staff} the mediator, {amt} an amount, {focus} the point in dispute.

interface DomainSpec {
  issues: readonly string[];
  /** the other party; '{C}' means a second person */
  others: readonly string[];
  facts: readonly string[];
  focus: readonly string[];
  tags: readonly string[];
  /** mechanisms that fit the domain */
  mechanisms: readonly Mechanism[];
}

const CIVIL: readonly Mechanism[] = ['人民调解', '人民调解', '行政调解', '访调对接', '司法确认'];
const ADMIN: readonly Mechanism[] = ['行政复议调解', '行政复议调解', '行政争议纾解', '行政调解', '访调对接'];

const SPECS: Record<Domain, DomainSpec> = {
  劳动争议: {
    issues: ['追索劳动报酬', '经济补偿金', '加班费'],
    others: ['某建筑劳务公司', '某餐饮管理公司', '某电子厂', '某服装加工厂'],
    facts: [
      '{A}等工人在{B}务工，项目结束后工资迟迟没有结清，多次讨要无果，形成欠薪纠纷。',
      '{A}在{B}工作三年后被口头辞退，双方就经济补偿金和未休年休假工资发生争议。',
      '{A}长期在{B}加班，离职时要求支付加班费，{B}认为加班系其自愿，不应另行支付。',
    ],
    focus: ['工资数额', '用工关系是否成立', '加班时长的认定', '经济补偿的计算基数'],
    tags: ['欠薪', '劳动报酬', '农民工工资', '经济补偿', '加班费'],
    mechanisms: ['人民调解', '行政调解', '访调对接', '司法确认'],
  },
  工伤赔偿: {
    issues: ['工伤待遇', '工伤认定', '工伤赔偿'],
    others: ['某物流公司', '某机械厂', '某装修公司', '某保洁服务公司'],
    facts: [
      '{A}在{B}工作期间受伤，人社部门作出工伤认定，但双方对停工留薪期工资和伤残补助金数额争执不下。',
      '{A}下班途中遭遇交通事故，{B}对工伤认定结论有异议，迟迟不支付工伤待遇。',
      '{A}在操作设备时手指受伤，{B}未为其缴纳工伤保险，双方就由谁承担工伤待遇发生争议。',
    ],
    focus: ['工伤认定结论', '伤残等级', '停工留薪期', '工伤保险基金能否支付'],
    tags: ['工伤认定', '伤残等级', '工伤保险', '停工留薪'],
    mechanisms: ['行政复议调解', '行政调解', '人民调解', '行政争议纾解'],
  },
  社会保障: {
    issues: ['养老保险待遇', '社会保险费补缴', '医疗保险报销'],
    others: ['某区社会保险事业管理中心', '某商贸公司', '某县医疗保障局'],
    facts: [
      '{A}办理退休时发现部分年份的养老保险费漏缴，影响养老金计发，与{B}发生争议。',
      '{A}在外地住院后申请医疗费用报销，{B}以备案手续不全为由不予报销。',
    ],
    focus: ['缴费年限', '补缴责任', '报销范围', '备案手续'],
    tags: ['社保补缴', '养老保险', '医疗保险', '退休待遇'],
    mechanisms: ADMIN,
  },
  婚姻家庭: {
    issues: ['赡养', '子女抚养', '家庭财产分割'],
    others: ['{C}'],
    facts: [
      '{A}年过七旬，与子女{C}因赡养费和居住安排产生矛盾，多次到村委会反映。',
      '{A}与{C}离婚后，就孩子的探望时间和抚养费数额反复争吵。',
      '父母去世后，{A}与{C}就老宅和存款如何分割各执一词，兄弟姐妹之间多年不相往来。',
    ],
    focus: ['赡养费数额', '探望安排', '遗产范围', '居住安排'],
    tags: ['赡养', '抚养费', '家事调解', '遗产分割'],
    mechanisms: ['人民调解', '人民调解', '司法确认', '访调对接'],
  },
  邻里纠纷: {
    issues: ['相邻通行', '楼上漏水', '噪音扰民', '相邻排水'],
    others: ['{C}'],
    facts: [
      '楼上{C}家卫生间防水层老化，楼下{A}家天花板长期漏水、墙皮脱落，双方为维修和赔偿争执不下。',
      '{A}与邻居{C}因两家之间通道的宽窄发生争执，一方砌墙堵路，矛盾一度激化。',
      '{A}反映楼上{C}家夜间噪音扰民，多次沟通无果后双方发生口角。',
      '{C}家翻建房屋后排水沟改道，雨水流入{A}家院内，两家因此结怨。',
    ],
    focus: ['漏水原因', '维修费用分担', '通道宽度', '排水走向'],
    tags: ['漏水', '相邻关系', '噪音', '通行', '排水'],
    mechanisms: CIVIL,
  },
  物业服务: {
    issues: ['物业服务合同', '物业费', '车位管理', '管道漏水'],
    others: ['某物业公司', '某物业服务有限公司', '某小区业主委员会'],
    facts: [
      '{A}所在小区电梯频繁故障、公共管道漏水，{A}以服务不到位为由拒交物业费，{B}申请调解。',
      '{A}家中因公共水管爆裂漏水受损，要求{B}赔偿，{B}认为损失系业主自行改造管道所致。',
      '{B}调整小区停车收费标准，{A}等业主认为未经业主大会同意，拒绝按新标准缴费。',
    ],
    focus: ['服务是否到位', '漏水责任', '收费依据', '维修资金的使用'],
    tags: ['物业费', '漏水', '业主', '电梯', '停车'],
    mechanisms: CIVIL,
  },
  房屋租赁: {
    issues: ['房屋租赁合同', '押金退还', '提前解约'],
    others: ['{C}', '某房屋租赁公司', '某公寓管理公司'],
    facts: [
      '{A}租住{B}的房屋，租期届满退租时，{B}以墙面损坏为由扣留全部押金。',
      '{B}提前收回房屋，{A}要求退还剩余租金并赔偿搬家费用。',
      '{A}因工作调动提前退租，{B}要求按合同支付三个月租金作为违约金。',
    ],
    focus: ['押金能否扣除', '违约责任', '房屋恢复原状的标准'],
    tags: ['押金', '租赁合同', '提前解约', '恢复原状'],
    mechanisms: CIVIL,
  },
  道路交通: {
    issues: ['机动车交通事故责任', '非机动车交通事故', '交通事故损害赔偿'],
    others: ['{C}', '某运输公司', '某出租汽车公司'],
    facts: [
      '{A}骑电动自行车与{B}驾驶的小型货车相撞受伤，交警认定双方负同等责任，双方对赔偿数额分歧较大。',
      '{A}步行过马路时被{B}的车辆剐蹭，住院治疗半月，双方就误工费和护理费争执不下。',
    ],
    focus: ['事故责任比例', '误工费计算', '保险理赔范围', '后续治疗费'],
    tags: ['交通事故', '责任认定', '保险理赔', '电动自行车'],
    mechanisms: ['人民调解', '人民调解', '司法确认', '行政调解'],
  },
  医疗纠纷: {
    issues: ['医疗损害责任', '医疗服务合同'],
    others: ['某医院', '某镇卫生院', '某口腔诊所'],
    facts: [
      '{A}在{B}接受手术后出现并发症，认为医院存在过错，要求赔偿。',
      '{A}的家属在{B}治疗期间病情恶化，家属情绪激动，聚集在医院要求说法。',
    ],
    focus: ['诊疗过错', '因果关系', '鉴定意见', '赔偿项目'],
    tags: ['医疗损害', '医调委', '医疗鉴定', '医患沟通'],
    mechanisms: ['人民调解', '人民调解', '行政调解', '司法确认'],
  },
  消费维权: {
    issues: ['预付卡退费', '商品质量', '服务合同'],
    others: ['某健身公司', '某家电商店', '某教育培训机构', '某汽车销售公司'],
    facts: [
      '{A}在{B}办理预付卡后，商家停业搬迁，剩余课时无法使用，{A}要求退费。',
      '{A}从{B}购买的冰箱使用不久即出现故障，多次维修未果，要求退货。',
      '{A}在{B}购车时获得口头赠品承诺，提车时商家却要求另行付费。',
    ],
    focus: ['退费数额', '质量问题的责任', '口头承诺的效力'],
    tags: ['预付卡', '退费', '消费者权益', '三包'],
    mechanisms: ['行政调解', '行政调解', '人民调解', '访调对接'],
  },
  征地拆迁: {
    issues: ['房屋征收补偿', '征地补偿安置', '安置房分配'],
    others: ['某区房屋征收办公室', '某镇人民政府', '某街道办事处'],
    facts: [
      '{A}的房屋位于旧城改造范围内，对评估价格和安置面积不满，迟迟未签订补偿协议。',
      '{A}认为{B}在征地时漏算了附属设施补偿，多次上访反映。',
    ],
    focus: ['评估价格', '安置面积', '附属设施补偿', '安置人口认定'],
    tags: ['征收补偿', '安置', '评估', '过渡费'],
    mechanisms: ADMIN,
  },
  土地承包: {
    issues: ['土地承包经营权', '土地流转费', '承包地边界'],
    others: ['某村民委员会', '某农业专业合作社', '{C}'],
    facts: [
      '{A}外出务工期间承包地被{B}占用耕种，返乡后要求返还并补偿。',
      '{B}流转{A}等农户的土地后拖欠流转费，农户多次讨要未果。',
    ],
    focus: ['承包地边界', '流转费数额', '确权登记'],
    tags: ['承包地', '土地流转', '确权'],
    mechanisms: CIVIL,
  },
  山林水利: {
    issues: ['山林权属', '灌溉用水', '山场界址'],
    others: ['{C}', '某村民小组'],
    facts: [
      '{A}与{B}因相邻山林界址不清发生争执，双方都主张对争议林地享有经营权。',
      '天旱时节{A}与{B}因灌溉渠放水先后问题发生争吵，险些动手。',
    ],
    focus: ['界址走向', '用水顺序', '历史协议的效力'],
    tags: ['林权', '界址', '灌溉', '山场'],
    mechanisms: CIVIL,
  },
  建设工程: {
    issues: ['建设工程施工合同', '工程款', '装修工程'],
    others: ['某建设公司', '某装饰工程公司', '某劳务分包公司'],
    facts: [
      '{A}承包了{B}分包的部分工程，竣工后{B}以工程质量存在问题为由拖欠工程款，工人工资随之被拖欠。',
      '{A}请{B}装修新房，完工后发现墙面开裂、地砖空鼓，双方就返工和尾款发生争议。',
    ],
    focus: ['工程量结算', '质量问题', '尾款支付', '欠薪'],
    tags: ['工程款', '欠薪', '质量保证金', '装修'],
    mechanisms: ['人民调解', '行政调解', '访调对接', '司法确认'],
  },
  环境污染: {
    issues: ['环境污染侵权', '噪声污染', '油烟污染'],
    others: ['某养殖场', '某石材加工厂', '某餐饮店'],
    facts: [
      '{B}排放的废水流入附近鱼塘，{A}家鱼苗大量死亡，双方就赔偿数额争执。',
      '{B}的油烟和噪声影响周边居民生活，{A}等居民多次投诉。',
    ],
    focus: ['损失数额', '污染与损害的因果关系', '整改期限'],
    tags: ['污染', '噪声', '油烟', '生态环境'],
    mechanisms: ['行政调解', '行政调解', '人民调解', '访调对接'],
  },
  合同债务: {
    issues: ['民间借贷', '买卖合同欠款', '合伙经营'],
    others: ['{C}', '某商贸公司', '某农资经营部'],
    facts: [
      '{A}多年前借给{B}一笔钱，约定一年内归还，到期后{B}以经营困难为由一再拖延。',
      '{A}向{B}供应货物后，{B}以资金周转困难为由拖欠货款。',
      '{A}与{C}合伙经营小饭馆，散伙时对投资款和盈亏分担意见不一。',
    ],
    focus: ['借款本金', '利息', '还款方式', '货款结算'],
    tags: ['借贷', '欠款', '分期还款', '货款'],
    mechanisms: CIVIL,
  },
  校园纠纷: {
    issues: ['学生伤害事故', '校外培训退费'],
    others: ['某小学', '某中学', '某幼儿园'],
    facts: [
      '{A}的孩子课间在{B}操场玩耍时摔伤，家长认为学校管理不到位，要求承担全部医疗费。',
      '{A}的孩子在{B}与同学发生冲突受伤，双方家长和学校对责任划分各执一词。',
    ],
    focus: ['学校是否尽到管理职责', '医疗费分担', '校方责任险理赔'],
    tags: ['学生伤害', '家校沟通', '校方责任险'],
    mechanisms: ['人民调解', '行政调解', '人民调解', '访调对接'],
  },
  治安管理: {
    issues: ['治安案件赔偿', '琐事打架'],
    others: ['{C}'],
    facts: [
      '{A}与{C}因琐事发生口角后互相推搡，{A}受轻微伤，派出所受理后征得双方同意进行治安调解。',
      '{A}与{C}因停车位发生争吵，{C}砸坏{A}的车窗，双方就赔偿发生争议。',
    ],
    focus: ['医疗费和误工费', '财物损失', '赔礼道歉'],
    tags: ['治安调解', '轻微伤', '派出所', '警调衔接'],
    mechanisms: ['行政调解', '行政调解', '人民调解', '行政复议调解'],
  },
  行政处罚: {
    issues: ['行政处罚', '罚款决定'],
    others: ['某区市场监督管理局', '某县综合行政执法局', '某市生态环境局'],
    facts: [
      '{B}以{A}经营的小店销售过期食品为由作出罚款决定，{A}认为处罚过重，申请行政复议。',
      '{B}认定{A}违规占道经营并作出罚款决定，{A}认为执法程序存在瑕疵。',
    ],
    focus: ['处罚幅度', '裁量基准', '执法程序', '违法事实'],
    tags: ['过罚相当', '裁量基准', '复议', '涉企执法'],
    mechanisms: ADMIN,
  },
  行政许可: {
    issues: ['行政许可', '不予许可决定'],
    others: ['某区行政审批局', '某县自然资源局', '某市卫生健康委员会'],
    facts: [
      '{A}申请的个体诊所执业许可被{B}以材料不全为由不予受理，{A}不服。',
      '{A}申请续办经营许可证，{B}逾期未作答复，{A}认为影响了正常经营。',
    ],
    focus: ['材料是否齐全', '答复期限', '许可条件'],
    tags: ['许可', '审批', '告知承诺', '复议'],
    mechanisms: ADMIN,
  },
  行政协议: {
    issues: ['行政协议履行', '招商引资协议', '安置补偿协议'],
    others: ['某开发区管理委员会', '某镇人民政府', '某区房屋征收经办中心'],
    facts: [
      '{B}与{A}签订的安置补偿协议约定的过渡费未按期支付，{A}要求履行协议。',
      '{A}与{B}签订招商引资协议后，约定的奖补资金迟迟没有兑现。',
    ],
    focus: ['协议是否有效', '履行期限', '补偿标准'],
    tags: ['行政协议', '履约', '过渡费', '复议'],
    mechanisms: ADMIN,
  },
  其他: {
    issues: ['饲养动物损害', '网络名誉侵权', '丧葬事宜'],
    others: ['{C}'],
    facts: [
      '{C}遛狗时未拴绳，狗将{A}咬伤，双方为疫苗费和误工费争执不下。',
      '{C}在微信群里发布针对{A}的不实言论，{A}要求其公开道歉并赔偿。',
      '{A}与{C}对老人丧葬费用的分担意见不一，矛盾在亲属之间蔓延。',
    ],
    focus: ['赔偿项目', '道歉方式', '费用分担'],
    tags: ['宠物', '侵权', '名誉', '亲属纠纷'],
    mechanisms: CIVIL,
  },
};

const SUFFIX: Record<Mechanism, string> = {
  行政调解: '行政调解',
  人民调解: '人民调解',
  访调对接: '访调对接调解',
  行政争议纾解: '行政争议实质化解',
  行政复议调解: '行政复议调解',
  司法确认: '调解协议司法确认',
  诉讼调解: '诉讼调解',
  复议中自行纠错: '行政复议中自行纠错',
};

const BODIES: Record<Mechanism, readonly string[]> = {
  人民调解: ['某街道人民调解委员会', '某镇人民调解委员会', '某村人民调解委员会', '某区专业人民调解委员会', '某社区人民调解工作室'],
  行政调解: ['某区司法局', '某县市场监督管理局', '某区人力资源和社会保障局', '某镇人民政府', '某县公安局某派出所'],
  访调对接: ['某县信访局与县人民调解中心', '某区信访接待中心访调对接工作室', '某市矛盾纠纷调处化解中心'],
  行政争议纾解: ['某市中级人民法院', '某区人民法院行政争议调解中心', '某市行政争议调解中心'],
  行政复议调解: ['某区人民政府行政复议机构', '某市人民政府行政复议办公室', '某县人民政府行政复议机构'],
  司法确认: ['某区人民法院', '某县人民法院某人民法庭', '某区人民法院诉调对接中心'],
  诉讼调解: ['某区人民法院', '某县人民法院某人民法庭'],
  复议中自行纠错: ['某区人民政府行政复议机构', '某市人民政府行政复议办公室'],
};

const PROVINCES = [
  '北京市', '天津市', '上海市', '重庆市', '河北省', '山西省', '辽宁省', '吉林省', '黑龙江省', '江苏省', '浙江省', '安徽省',
  '福建省', '江西省', '山东省', '河南省', '湖北省', '湖南省', '广东省', '海南省', '四川省', '贵州省', '云南省', '陕西省',
  '甘肃省', '青海省', '内蒙古自治区', '广西壮族自治区', '西藏自治区', '宁夏回族自治区', '新疆维吾尔自治区',
] as const;

const SURNAMES = [...'王李张刘陈杨黄赵吴周徐孙胡朱高林郭罗梁宋郑谢韩唐冯董曹袁邓许傅沈彭吕苏卢蒋蔡贾丁魏薛叶潘杜戴夏钟汪田姜范姚谭廖邹熊陆郝孔崔毛邱秦江史顾侯邵孟龙段雷汤尹黎易武乔贺赖龚文'];
const GIVEN = ['某', '某', '某', '某某', '某某', '某甲', '某乙'];
const STAFF = ['调解员', '首席调解员', '资深调解员', '工作人员', '承办人'];

const OPENERS = [
  '{org}受理后，第一时间指派{staff}负责调解。',
  '接到申请后，{org}详细查阅了相关材料，并分别约谈双方当事人。',
  '{org}当天登记受理，{staff}先后三次与双方沟通，摸清纠纷的来龙去脉。',
  '{staff}接手后没有急于表态，而是先核实证据，把{focus}作为调解的突破口。',
];

const METHOD_SENTENCES: Record<Method, string> = {
  背靠背: '调解员采取“背靠背”方式，分别听取双方诉求，摸清各自的底线。',
  面对面: '在摸清情况后，调解员组织双方面对面协商，逐项核对争议事实。',
  释法明理: '调解员结合相关法律规定，向双方讲清各自的权利义务和诉讼的成本与风险。',
  情理疏导: '调解员从亲情、邻里情出发耐心疏导，缓和了双方的对立情绪。',
  听证: '为查明事实，调解机构组织召开听证会，请双方当面说明理由、出示证据。',
  专家参与: '调解机构邀请相关领域的专家参与，对争议中的专业问题出具意见。',
  联合调解: '{org}会同相关部门和村（社区）开展联合调解，形成工作合力。',
  现场勘查: '调解员赶赴现场勘查，拍照留存，核实损失情况。',
  第三方评估: '双方同意委托第三方机构进行评估，以评估结论作为协商基础。',
  司法确认: '协议签订后，双方共同向人民法院申请司法确认，赋予协议强制执行效力。',
  回访: '调解结束后，调解员多次回访，跟踪协议的履行情况。',
  律师参与: '值班律师参与调解，为双方提供法律咨询，帮助算清“法律账”。',
  诉调对接: '案件经人民法院委派进入诉前调解程序，由特邀调解员主持调解。',
  访调对接: '信访部门将该事项分流至调解组织，实行访调对接、限时办理。',
  府院联动: '法院与行政机关通过府院联动机制沟通协调，共同研究化解方案。',
  自行纠错: '复议机构把审查发现的问题反馈给被申请人，由其自行纠正原行政行为。',
};

const METHOD_PHRASES: Record<Method, string> = {
  背靠背: '先分头听取诉求再寻找共识',
  面对面: '组织双方当面核对事实',
  释法明理: '以法律规定为尺子讲清权利义务',
  情理疏导: '用情理化解对立情绪',
  听证: '以听证方式公开查明事实',
  专家参与: '借助专家意见解决专业难题',
  联合调解: '多部门联合调解形成合力',
  现场勘查: '到现场勘查还原事实',
  第三方评估: '引入第三方评估确定数额',
  司法确认: '通过司法确认保障协议履行',
  回访: '事后回访巩固调解成果',
  律师参与: '请律师参与提供专业意见',
  诉调对接: '借助诉调对接在诉前化解',
  访调对接: '通过访调对接把信访事项导入调解',
  府院联动: '依托府院联动协调行政机关',
  自行纠错: '推动行政机关自行纠错',
};

const KP_LEADS = [
  '本案的关键在于{focus}',
  '双方争议集中在{focus}上',
  '{issue}纠纷看似简单，难点在于{focus}',
  '调解员抓住{focus}这一焦点',
  '面对{focus}的分歧',
];
const KP_EFFECTS = [
  '把对立情绪转化为可执行的方案',
  '促成双方各让一步',
  '避免了矛盾进一步升级',
  '既维护了当事人的合法权益，也修复了双方关系',
  '让纠纷在基层得到化解',
  '为同类纠纷的处理提供了参考',
];

const RESULTS: Record<Outcome, readonly string[]> = {
  达成协议: [
    '经{dur}调解，双方自愿达成协议：{B}{pay}，{A}放弃其他请求，双方当场签字。',
    '双方签订调解协议，约定{B}{pay}，目前协议已按约履行完毕。',
    '在调解员的主持下，双方握手言和，{B}{pay}，纠纷得到圆满化解。',
  ],
  部分达成: [
    '双方就{focus}达成一致，{B}{pay}；对其余请求仍有分歧，调解员告知{A}可依法另行主张。',
    '经{dur}调解，双方就主要诉求达成协议，但对部分费用仍未谈拢，调解组织记录在案并引导其通过其他途径解决。',
  ],
  调解终止: [
    '因双方对{focus}的分歧过大，经多次调解仍无法达成一致，调解组织依法终止调解，并告知当事人可通过诉讼等途径解决。',
    '调解过程中{B}明确表示不再接受调解，调解组织依法终止调解，并为{A}提供了后续维权指引。',
  ],
  撤回申请: [
    '在查明事实、释明法律后，{A}认识到自身部分诉求缺乏依据，主动撤回申请。',
    '{B}主动纠正后，{A}的诉求得到满足，遂撤回申请，争议得以实质化解。',
  ],
  达成后反悔: ['双方曾签订调解协议，约定{B}{pay}；此后{B}反悔、拒不履行，{A}另行起诉请求履行协议。'],
  未载明: ['发布材料未载明调解结果。'],
};

const MEANINGS = [
  '{domain}类纠纷往往事实不复杂，但当事人情绪对立，处理不好容易引发更大的矛盾。本案调解员先稳情绪、再查事实、后谈方案，体现了调解工作的基本方法。',
  '本案表明，调解的成效不只取决于说理，更取决于能否找到双方都能接受、又切实可行的方案。',
  '调解员在依法的前提下兼顾情理，把“案结”与“事了”结合起来，减少了当事人的诉累。',
  '多方力量的衔接配合，是化解{domain}类纠纷的有效路径；调解协议写明履行方式和期限，有助于防止纠纷反复。',
  '调解组织把工作做在前头，让纠纷在萌芽阶段得到化解，节约了行政和司法资源。',
];

const ARRIVALS = ['双方多次协商未果，{A}向{org}申请调解。', '矛盾持续数月未能解决，{A}到{org}求助。', '经人民法院委派，纠纷转由{org}调解。'];

const SYNTHETIC_NOTE = '本案例由基准测试生成器合成，仅用于性能测试，并非真实案件。';

function fill(template: string, vars: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (m, key: string) => vars[key] ?? m);
}

// ---------------------------------------------------------------------------------------------
// One case

export interface GeneratedCase {
  year: number;
  slug: string;
  text: string;
}

function person(r: Rand, avoid?: string): string {
  for (;;) {
    const name = r.pick(SURNAMES) + r.pick(GIVEN);
    if (name !== avoid) return name;
  }
}

/** ≤ 6 digits, written the way the shipped writeups do (元 or 万元). */
function amountText(amount: number): string {
  return amount >= 10000 && amount % 100 === 0 ? `${(amount / 10000).toFixed(amount % 10000 === 0 ? 0 : 2).replace(/\.?0+$/, '')}万元` : `${amount}元`;
}

export function generateCase(index: number, seed: number, cites: readonly string[]): GeneratedCase {
  const r = rand(caseRng(seed, index));
  // Round-robin for the first items of each list, so every value occurs once count ≥ list length.
  const year = index < LAST_YEAR - FIRST_YEAR + 1 ? FIRST_YEAR + index : r.int(FIRST_YEAR, LAST_YEAR);
  const domain: Domain = index < DOMAINS.length ? DOMAINS[index]! : r.pick(DOMAINS);
  const spec = SPECS[domain];
  const mechanism: Mechanism = index < MECHANISMS.length ? MECHANISMS[index]! : r.pick(spec.mechanisms);
  const outcome: Outcome =
    index < OUTCOMES.length ? OUTCOMES[index]! : r.next() < 0.7 ? '达成协议' : r.pick(['部分达成', '调解终止', '撤回申请'] as const);
  const methods: Method[] = r.some(METHODS, 1, 3);
  if (index < METHODS.length && !methods.includes(METHODS[index]!)) methods[0] = METHODS[index]!;
  const uniqueMethods = [...new Set(methods)];

  const a = person(r);
  const c = person(r, a);
  const other = r.pick(spec.others);
  const b = other === '{C}' ? c : other;
  const issue = r.pick(spec.issues);
  const focus = r.pick(spec.focus);
  const province = r.pick(PROVINCES);
  const region = province.endsWith('市') ? `${province}某区` : r.chance(0.5) ? `${province}某市` : `${province}某市某县`;
  const org = r.pick(BODIES[mechanism]);
  const staff = r.pick(STAFF) + person(r, a);
  const amount = r.chance(0.75) ? r.int(8, 9999) * (r.chance(0.6) ? 100 : 10) : null; // at most 999,900: six digits
  const days = outcome === '调解终止' || outcome === '撤回申请' || r.chance(0.2) ? (r.chance(0.5) ? null : r.int(3, 90)) : r.int(1, 60);
  const dur = days === null ? '多轮' : days === 1 ? '当天' : `${days}天`;
  const pay = amount === null ? '按约定履行相应义务' : r.pick([`一次性支付${amountText(amount)}`, `分期支付${amountText(amount)}`, `支付${amountText(amount)}并承担维修责任`]);
  const vars: Record<string, string> = { A: a, B: b, C: c, org, staff, focus, issue, domain, pay, dur };

  const title = `${a}与${b}${issue}纠纷${SUFFIX[mechanism]}案`;

  const lead = () => fill(r.pick(KP_LEADS), vars);
  const effect = () => r.pick(KP_EFFECTS);
  const keyPoints: string[] = [];
  const kpCount = r.int(1, 3);
  const kpMethods = r.some(uniqueMethods, kpCount, kpCount);
  for (let k = 0; k < kpCount; k++) {
    const m = kpMethods[k % kpMethods.length]!;
    keyPoints.push(
      k === 0
        ? `${lead()}，${org}${METHOD_PHRASES[m]}，${effect()}。`
        : r.pick([
            `${METHOD_PHRASES[m]}是本案的一大特点，${effect()}。`,
            `调解员坚持${METHOD_PHRASES[m]}，围绕${focus}逐项协商，${effect()}。`,
            `${domain}纠纷中，${METHOD_PHRASES[m]}往往比简单裁断更有效，本案即是一例。`,
          ]),
    );
  }

  const tags = [...r.some(spec.tags, 1, 3), '合成数据'];
  const caseCites = r.some(cites, 1, 3);

  const amountLine = amount === null ? '' : r.pick([`双方争议金额约${amountText(amount)}。`, `${a}主张的损失约${amountText(amount)}。`]);
  const sections: Sections = {
    基本案情: [fill(r.pick(spec.facts), vars) + amountLine, fill(r.pick(org.includes('法院') ? ARRIVALS.slice(0, 2) : ARRIVALS), vars)].join('\n\n'),
    调解过程: [fill(r.pick(OPENERS), vars), ...uniqueMethods.map((m) => fill(METHOD_SENTENCES[m], vars))].join('\n\n'),
    调解结果: fill(r.pick(RESULTS[outcome]), vars),
    典型意义: [fill(r.pick(MEANINGS), vars), SYNTHETIC_NOTE].join(''),
  };

  const month = r.int(1, 12);
  const date = r.chance(0.8) ? `${year}-${String(month).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}` : `${year}-${String(month).padStart(2, '0')}`;
  const serial = String(index + 1).padStart(5, '0');
  const draft: CaseDraft = {
    title,
    year,
    region,
    body: org,
    mechanism,
    domain,
    outcome,
    days,
    amount,
    methods: uniqueMethods,
    keyPoints,
    tags,
    cites: caseCites,
    source: {
      publisher: '基准测试生成器',
      title: `基准测试合成案例第${serial}号`,
      date,
      where: '由 scripts/bench/generate-cases.ts 生成，非真实案件',
    },
    illustrative: true,
  };
  return { year, slug: `synth-${year}-${serial}`, text: buildCaseFile(draft, sections).text };
}

// ---------------------------------------------------------------------------------------------
// Checks

/** Every citable provision id, `<document>/<path>`, from src/content/regulations/*.mdx. */
export function provisionIds(dir = join(ROOT, 'src/content/regulations')): string[] {
  const ids: string[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.mdx')).sort()) {
    const doc = file.replace(/\.mdx$/, '');
    const body = readFileSync(join(dir, file), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
    for (const p of numberProvisions(bodyBlocks(body))) ids.push(`${doc}/${p.path}`);
  }
  return ids;
}

/** Problems with one generated text: privacy findings, long digit runs, and (when `schema`) schema errors. */
export function checkGenerated(text: string, known: ReadonlySet<string>, schema: boolean): string[] {
  const problems = findPersonalData(text).map((f) => `${f.line}:${f.column} ${f.message}`);
  const run = /\d{7,}/.exec(text);
  if (run) problems.push(`含 7 位以上数字串：${run[0]}`);
  for (const name of SECTION_NAMES) if (!text.includes(`\n## ${name}\n`)) problems.push(`缺少小节 ## ${name}`);
  if (schema) {
    const fm = frontmatterOf(text);
    if (fm === null) return [...problems, '没有 frontmatter'];
    const result = caseSchema.safeParse(parseYaml(fm));
    if (!result.success) problems.push(...result.error.issues.map((i) => `${i.path.map(String).join('.')}：${i.message}`));
    else for (const id of result.data.cites) if (!known.has(id)) problems.push(`未知条款 ${id}`);
  }
  return problems;
}

/** The real path of `path`, resolving symlinks of the part that exists. */
function realish(path: string): string {
  let existing = path;
  const rest: string[] = [];
  while (!existsSync(existing)) {
    rest.unshift(basename(existing));
    const parent = dirname(existing);
    if (parent === existing) break;
    existing = parent;
  }
  return join(realpathSync(existing), ...rest);
}

export function isInside(child: string, parent: string): boolean {
  const rel = relative(parent, child);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

// ---------------------------------------------------------------------------------------------
// CLI

function main(): void {
  const { values } = parseArgs({
    options: {
      count: { type: 'string' },
      out: { type: 'string' },
      seed: { type: 'string', default: '1' },
      'validate-all': { type: 'boolean', default: false },
      quiet: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: false,
  });
  const usage = '用法：node scripts/bench/generate-cases.ts --count 1000 --out /tmp/cases-1000 [--seed 1] [--validate-all] [--quiet]';
  if (values.help) {
    console.log(usage);
    return;
  }
  const count = Number(values.count);
  const seed = Number(values.seed);
  if (!values.out || !Number.isInteger(count) || count < 1 || !Number.isInteger(seed)) {
    console.error(usage);
    process.exit(2);
  }
  const out = realish(resolve(process.cwd(), values.out));
  if (isInside(out, realpathSync(ROOT))) {
    console.error(`拒绝写入 ${out}：它在仓库（${ROOT}）之内。合成案例只能写到仓库外，例如 /tmp/cases-${count}。`);
    process.exit(2);
  }

  const t0 = performance.now();
  const ids = provisionIds();
  const known = new Set(ids);
  const cases = Array.from({ length: count }, (_, i) => generateCase(i, seed, ids));

  // Check before writing anything: privacy and digit runs for all, the schema for a sample.
  const sample = new Set(values['validate-all'] || count <= SAMPLE ? cases.keys() : Array.from({ length: SAMPLE }, (_, k) => Math.round((k * (count - 1)) / (SAMPLE - 1))));
  const failures: string[] = [];
  cases.forEach((c, i) => {
    for (const p of checkGenerated(c.text, known, sample.has(i))) failures.push(`${c.year}/${c.slug}.mdx: ${p}`);
  });
  if (failures.length) {
    console.error(failures.slice(0, 30).join('\n'));
    console.error(`生成的案例未通过检查（${failures.length} 处），未写入任何文件。`);
    process.exit(1);
  }
  const clash = cases.find((c) => existsSync(join(out, String(c.year), `${c.slug}.mdx`)));
  if (clash) {
    console.error(`${join(out, String(clash.year), `${clash.slug}.mdx`)} 已存在，不覆盖。请换一个空目录。`);
    process.exit(1);
  }

  for (const y of new Set(cases.map((c) => c.year))) mkdirSync(join(out, String(y)), { recursive: true });
  for (const c of cases) writeFileSync(join(out, String(c.year), `${c.slug}.mdx`), c.text, { flag: 'wx' });
  if (!values.quiet) {
    const seconds = ((performance.now() - t0) / 1000).toFixed(1);
    console.log(`已生成 ${count} 件合成案例 → ${out}（seed ${seed}，${sample.size} 件经 schema 校验，全部经隐私检查，${seconds} s）`);
  }
}

if (import.meta.main) main();
