/**
 * Privacy check for case writeups: finds personal data that must not be published — resident
 * ID numbers, phone numbers, bank card numbers, number plates, e-mail addresses and parties'
 * names that are not in the anonymised “张某 / 李某某 / 王某甲” form.
 *
 * Pure (no Node or Astro imports) so the build, the `check:privacy` script, the Word importer
 * and the tests all share it. Every message masks the match, so the report itself does not
 * spread the data it is warning about.
 *
 * Heuristics and their limits
 * - The text is NFKC-normalised first, so full-width digits, letters, ＠ and brackets read as their
 *   half-width forms; positions are mapped back to the original text.
 * - Numbers are checked, not just pattern-matched: an 18-digit resident ID needs a province
 *   code, a real birth date and the ISO 7064 MOD 11-2 check digit; a 15-digit (pre-1999) ID needs
 *   a province code and a real birth date; a bank card needs 16–19 digits that pass the Luhn check
 *   and start with 2–6 or 9. Digits may be separated by single spaces or hyphens, in any grouping,
 *   as editors paste them. About one random 16–19 digit number in ten passes Luhn, so a long
 *   reference number starting with those digits can still be reported; write such numbers in part
 *   (“尾号 1234”) or reword.
 * - A number only counts when it is not part of a longer run of digits or letters.
 * - Mobiles: 1[3-9]x plus 8 digits, with or without spaces/hyphens, optionally after +86/0086.
 *   Landlines: area code (010, 02x, 0xxx) plus 7–8 digits joined by a hyphen or with the area code
 *   in brackets; numbers without the area code and service numbers such as 12345 are not reported.
 * - Plates: province abbreviation + letter (I and O excluded, GA 36) + 5 or 6 letters/digits with
 *   at least three digits, optionally after “·” or a space; letters in either case.
 * - Addresses and accounts: a road/street name with a house number (长春路 123 号), building/unit/
 *   room numbers (3号楼2单元501室), a named housing estate (华联花园、大富山庄小区; not when it names
 *   a 社区 or 街道), contract/order numbers, WeChat and QQ ids.
 * - Names are the weakest part. Chinese names cannot be recognised in free text without a
 *   dictionary, so only confident patterns are reported:
 *   1. a role word (当事人、申请人、借款人、房东、民警、法官、记者、调解员、村民、原告 …), optionally
 *      followed by “：”, then a common surname and one or two given-name characters, then a
 *      boundary: punctuation, a non-Chinese character, the end of the text, or one of the
 *      characters that typically follow a name (与、向、称、认为、于、在、的 …). After a surname only
 *      某、某某 and 某甲/某乙… are the anonymised form.
 *   2. half-anonymised forms anywhere: 李四某、张小某 (given name left in before 某) and 王某川
 *      (the 姓某名 style of official releases), each followed by a boundary.
 *   3. two names joined by 与/和/及/同/跟 with no role word (张三与李四签订合同).
 *   4. nicknames and forms of address: 小汪、老林, 诸阿姨、王经理、陈法官、李医生 …, and a surname
 *      (optionally with one or two given-name characters) followed by 先生 or 女士.
 *   To keep false positives low, surnames that are also everyday words are left out of the list
 *   (于、向、和、何、曾、常、安、成、关、方、申、查、解 …), given-name characters may not be
 *   function words (的、了、是、认、称 …), and common words that start with a surname (陈述、
 *   许可、高度、马上、施工 …) are never names. Names with the excluded surnames (“申请人何小明”),
 *   names written in pinyin and names in running text without any of these cues are NOT found.
 *   The check is a safety net, not a substitute for reading the writeup.
 */

export type FindingKind = 'id-card' | 'mobile' | 'landline' | 'bank-card' | 'plate' | 'email' | 'name' | 'address' | 'account';

export interface Finding {
  kind: FindingKind;
  match: string;
  /** 1-based */
  line: number;
  /** 1-based, in UTF-16 code units (every CJK character in use is one unit) */
  column: number;
  message: string;
}

interface Hit {
  kind: FindingKind;
  start: number;
  end: number;
  message: string;
}

// ---------------------------------------------------------------------------------------------
// Masking

const SEPARATORS = new Set([' ', '-', '·', '(', ')', '（', '）', '+', '•', '・']);

/** Replaces all but the first `head` and last `tail` significant characters with “*”; separators stay. */
export function mask(text: string, head: number, tail: number): string {
  const chars = [...text];
  const total = chars.filter((c) => !SEPARATORS.has(c)).length;
  let i = 0;
  return chars
    .map((c) => {
      if (SEPARATORS.has(c)) return c;
      const keep = i < head || i >= total - tail;
      i++;
      return keep ? c : '*';
    })
    .join('');
}

// ---------------------------------------------------------------------------------------------
// Resident ID numbers

const PROVINCE_CODES = new Set([
  11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82,
  83,
]);
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK_CHARS = '10X98765432';

/** The ISO 7064 MOD 11-2 check character for the first 17 digits of a resident ID. */
export function idCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * ID_WEIGHTS[i]!;
  return ID_CHECK_CHARS[sum % 11]!;
}

function isValidDate(year: number, month: number, day: number): boolean {
  if (year < 1900 || year > 2099 || month < 1 || month > 12 || day < 1) return false;
  const days = [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day <= days[month - 1]!;
}

/** True for an 18-character ID with province code, birth date and check digit all valid. */
export function isValidResidentId18(id: string): boolean {
  if (!/^\d{17}[\dXx]$/.test(id)) return false;
  if (!PROVINCE_CODES.has(Number(id.slice(0, 2)))) return false;
  if (!isValidDate(Number(id.slice(6, 10)), Number(id.slice(10, 12)), Number(id.slice(12, 14)))) return false;
  return idCheckChar(id.slice(0, 17)) === id[17]!.toUpperCase();
}

/** True for a 15-digit (first-generation) ID with province code and birth date (19YYMMDD) valid. */
export function isValidResidentId15(id: string): boolean {
  if (!/^\d{15}$/.test(id)) return false;
  if (!PROVINCE_CODES.has(Number(id.slice(0, 2)))) return false;
  return isValidDate(1900 + Number(id.slice(6, 8)), Number(id.slice(8, 10)), Number(id.slice(10, 12)));
}

// ---------------------------------------------------------------------------------------------
// Bank cards

export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

// ---------------------------------------------------------------------------------------------
// Names

/**
 * Common single-character surnames, minus those that are everyday words or start many everyday
 * words in the position after a role word (于 向 和 何 曾 常 时 安 成 关 方 申 查 解 单 强 车 房
 * 边 费 包 连 都 来 经 简 符 保 谈 计 迟 党 商 区 位 原 应 同 全 双 明 能 门 水 山 家 司 上 …).
 */
const SURNAMES = new Set([
  ...'诸王李张刘陈杨黄赵吴周徐孙胡朱高林郭马罗梁宋郑谢韩唐冯董萧程曹袁邓许傅沈彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易武乔贺赖龚文庞樊兰殷施陶洪翟颜倪严牛温季俞章鲁葛伍韦尤毕聂焦柳邢路岳齐梅莫庄辛祝左涂谷祁舒耿牟卜肖詹苗凌纪靳盛童欧甄项曲游阳裴席卫屈鲍覃霍翁隋甘景柏宁柯阮桂闵丛华冉辜吉饶刁瞿戚丘古米池滕晋苑邬臧宫苟褚廉娄奚穆燕郎邸冀姬屠郜晏栾郁蒙喻揭窦宇敖鄢卓花仇艾蓝巩仲虞卞封冼楚佟栗匡宗巫鞠桑荆谌岑胥蔺付代',
]);
const COMPOUND_SURNAMES = [
  '欧阳',
  '司马',
  '诸葛',
  '上官',
  '东方',
  '慕容',
  '皇甫',
  '令狐',
  '尉迟',
  '公孙',
  '夏侯',
  '司徒',
  '端木',
  '长孙',
  '宇文',
  '轩辕',
  '呼延',
  '独孤',
  '南宫',
  '西门',
];

/** Characters that do not occur in a given name in this position: function words, verbs, units. */
const NOT_GIVEN = new Set([
  ...'的了着过是在和与及跟同对向把被将为也都就又还不没未已均各等们方认称表要请说讲于因从以由到至后前时中内外上下即便再才仍并且或而则所可会应须需得该此其之这那些个位次每双两名某家户村组镇乡县市区省局院委队处部门公司诉申提出意签收去来拿给让叫使经通按依据当如若虽但却只仅共一亲父母妻夫女儿兄弟姐妹人员长主任书记师傅先生士老板总负责代理律等于无有多少几',
]);

/** Characters that typically come right after a party's name. */
const AFTER_NAME = new Set([
  ...'了与和及同跟向对在于因从将把被为称诉说讲表认提要请申签拒不没未已也都就又还却便即才仍均等的是系作自到来去找经通多一两再先后曾当觉希坚只主随立则所以会能可应需愿得给让收拿支付交承答赔退返补购租借欠发看问告反拖家之及夫妻父母儿女之家等',
]);

/** Everyday words that begin with a surname character; never read as names. */
const COMMON_WORDS = new Set([
  '张贴',
  '陈述',
  '陈列',
  '陈旧',
  '黄金',
  '周边',
  '周末',
  '周围',
  '周期',
  '周年',
  '周到',
  '周密',
  '徐徐',
  '孙子',
  '孙女',
  '胡乱',
  '高度',
  '高兴',
  '高额',
  '高于',
  '高空',
  '高龄',
  '高速',
  '高价',
  '高温',
  '林地',
  '林木',
  '林权',
  '林业',
  '林场',
  '马上',
  '马路',
  '罗列',
  '郑重',
  '谢绝',
  '谢意',
  '唐突',
  '董事',
  '程序',
  '程度',
  '许可',
  '许多',
  '许诺',
  '苏醒',
  '余额',
  '余下',
  '余款',
  '余地',
  '杜绝',
  '夏天',
  '夏季',
  '钟点',
  '田地',
  '田间',
  '田埂',
  '任何',
  '任意',
  '任务',
  '任职',
  '范围',
  '石头',
  '石材',
  '石块',
  '金额',
  '金钱',
  '陆续',
  '白白',
  '白天',
  '康复',
  '毛坯',
  '江边',
  '顾及',
  '顾虑',
  '顾客',
  '万元',
  '万一',
  '钱款',
  '钱财',
  '黎明',
  '易于',
  '武断',
  '赖账',
  '文件',
  '文书',
  '文明',
  '庞大',
  '施工',
  '施加',
  '洪水',
  '颜面',
  '严格',
  '严重',
  '严厉',
  '温和',
  '季度',
  '章程',
  '鲁莽',
  '尤其',
  '毕竟',
  '焦虑',
  '焦点',
  '路上',
  '路面',
  '岳父',
  '岳母',
  '齐全',
  '莫名',
  '辛苦',
  '左右',
  '舒适',
  '凌晨',
  '纪律',
  '甄别',
  '阳台',
  '卫生',
  '甘愿',
  '宁可',
  '宁愿',
  '花费',
  '花园',
  '巩固',
  '仲裁',
  '封存',
  '付款',
  '付清',
  '付费',
  '付给',
  '付出',
  '付钱',
  '代表',
  '代理',
  '代为',
  '代收',
  '华侨',
  '宗旨',
  '宗教',
  '古树',
  '米粮',
  '桑田',
  '冉冉',
  '吉利',
  '雷同',
  '龙头',
  '段落',
  '宫殿',
  '燕子',
  '蒙受',
  '揭示',
  '揭露',
  '卓越',
  '仇恨',
  '楚楚',
  '巫术',
  '荆棘',
  '喻义',
  '池塘',
  '谷物',
  '牛羊',
  '游戏',
  '游览',
  '游客',
  '曲折',
  '盛情',
  '童年',
  '柳树',
  '梅雨',
  '鲍鱼',
  '戚戚',
  '丘陵',
  '晋升',
  '苗木',
  '苗头',
  '樊篱',
  '兰花',
  '贺喜',
  '伍员',
  '兰州',
  '宁夏',
  '江苏',
  '江西',
  '吉林',
  '黎族',
  '苗族',
  '汤药',
  '熊猫',
  '诸多',
  '诸位',
  '诸如',
  '杨树',
  '林间',
  '田间',
  '金融',
  '黄昏',
]);

/** Characters that name a place or an organisation; never part of a given name in 王某X / 李X某. */
const PLACE = new Set([...'市县区镇乡村省州盟旗街路巷道地处所院校司厂店局站队组部园楼号室单企业社场段河湖山岛港湾桥坊屯寨庄里']);

const ROLE_RE = new RegExp(
  `(?:${[
    '被申请人',
    '申请人',
    '当事人',
    '被投诉人',
    '投诉人',
    '举报人',
    '调解员',
    '村民',
    '居民',
    '业主',
    '原告',
    '被告',
    '第三人',
    '消费者',
    '患者',
    '职工',
    '借款人',
    '出借人',
    '贷款人',
    '担保人',
    '保证人',
    '债务人',
    '债权人',
    '房东',
    '房主',
    '租客',
    '承租人',
    '出租人',
    '民警',
    '警官',
    '法官',
    '审判员',
    '书记员',
    '检察官',
    '记者',
    '通讯员',
    '律师',
    '医生',
    '护士',
    '老师',
    '教师',
    '校长',
    '司机',
    '驾驶人',
    '驾驶员',
    '店主',
    '老板',
    '经理',
    '工人',
    '员工',
    '农民工',
    '学生',
    '家长',
    '邻居',
    '丈夫',
    '妻子',
    '儿子',
    '女儿',
    '父亲',
    '母亲',
    '死者',
    '伤者',
    '受害人',
    '代理人',
    '负责人',
    '法定代表人',
    '户主',
    '承包人',
    '发包人',
    '网格员',
    '家属',
  ].join('|')})[：:]? ?`,
  'g',
);

/** Forms of address after a bare surname: 诸阿姨、王经理、陈法官 (written 王某经理 when anonymised). */
const TITLES = [
  '阿姨',
  '叔叔',
  '大爷',
  '大妈',
  '大娘',
  '大叔',
  '大姐',
  '大哥',
  '奶奶',
  '爷爷',
  '师傅',
  '经理',
  '老板',
  '老师',
  '医生',
  '大夫',
  '护士',
  '主任',
  '院长',
  '校长',
  '所长',
  '站长',
  '队长',
  '科长',
  '局长',
  '律师',
  '法官',
  '警官',
  '书记',
  '会计',
];
/** Words in which a surname character ends a word, so it does not start a name: 语文老师, 中华. */
const WORD_TAILS = new Set([
  '支付',
  '交付',
  '给付',
  '应付',
  '垫付',
  '拨付',
  '赔付',
  '偿付',
  '对付',
  '托付',
  '预付',
  '兑付',
  '语文',
  '人文',
  '中华',
  '天文',
  '水文',
  '公文',
  '原文',
  '全文',
  '正文',
  '条文',
  '上文',
  '下文',
  '散文',
  '繁华',
  '豪华',
  '精华',
  '才华',
  '年华',
]);
/** Words ending in 小 or 老 that are not a nickname prefix: 缩小范围, 养老金. */
const NOT_NICK_PREFIX = new Set([
  '最小',
  '大小',
  '缩小',
  '减小',
  '很小',
  '较小',
  '矮小',
  '弱小',
  '从小',
  '细小',
  '微小',
  '狭小',
  '渺小',
  '养老',
  '古老',
  '敬老',
  '年老',
  '衰老',
  '元老',
  '父老',
  '尊老',
  '扶老',
  '防老',
  '终老',
  '变老',
]);
/** What may follow a half-anonymised name for it to count: punctuation or these joiners (not 的: 袁某牛的损失). */
const STRONG_AFTER = new Set([...'与和及、等']);

const CJK = /[\u3400-\u9fff]/;

function isCjk(ch: string | undefined): boolean {
  return ch !== undefined && CJK.test(ch);
}

/** Surname at `i`: returns its length (1 or 2) or 0. */
function surnameAt(text: string, i: number): number {
  const two = text.slice(i, i + 2);
  if (COMPOUND_SURNAMES.includes(two)) return 2;
  return SURNAMES.has(text[i] ?? '') ? 1 : 0;
}

function maskName(name: string, surnameLength: number): string {
  return name.slice(0, surnameLength) + '*'.repeat(Math.max(1, [...name].length - surnameLength));
}

/**
 * The unanonymised name right at `i` (after a role word), or null. `anonymised` is set when the
 * text at `i` is an accepted 张某-style form, so the caller can continue along a list.
 */
function nameAt(text: string, i: number): { length: number; surname: number } | { anonymised: number } | null {
  const s = surnameAt(text, i);
  if (s === 0) return null;
  const g = i + s;
  if (text[g] === '某') {
    let n = 1;
    while (text[g + n] === '某') n++;
    if (/[甲乙丙丁戊己庚辛]/.test(text[g + n] ?? '')) n++;
    return { anonymised: s + n };
  }
  if (COMMON_WORDS.has(text.slice(i, i + 2))) return null;
  for (const given of [2, 1]) {
    const chars = text.slice(g, g + given);
    if (chars.length !== given || ![...chars].every((c) => isCjk(c) && !NOT_GIVEN.has(c))) continue;
    const next = text[g + given];
    if (next === undefined || !isCjk(next) || AFTER_NAME.has(next)) return { length: s + given, surname: s };
  }
  return null;
}

const isGiven = (c: string | undefined): boolean => c !== undefined && isCjk(c) && c !== '某' && !NOT_GIVEN.has(c) && !PLACE.has(c);
/** Punctuation, a non-Chinese character, the end of the text, or a joiner (与、和、等、的). */
const strongEnd = (c: string | undefined): boolean => c === undefined || !isCjk(c) || STRONG_AFTER.has(c);
/** A name ends here: strongEnd, or a character that typically follows a name (称、向、在 …). */
const nameEnd = (c: string | undefined): boolean => strongEnd(c) || AFTER_NAME.has(c!);

function pushName(hits: Hit[], start: number, name: string, surname: number, what = '当事人姓名'): void {
  hits.push({
    kind: 'name',
    start,
    end: start + name.length,
    message: `疑似未匿名的${what}：${maskName(name, surname)}（应写作“${name.slice(0, surname)}某”）`,
  });
}

/**
 * 李四某 / 张小某 (given name kept before 某) and 王某川 (姓某名) anywhere in the text. Only
 * 某、某某 and 某甲/某乙 … may follow a surname.
 */
function findHalfAnonymised(text: string, hits: Hit[]): void {
  for (let i = 0; i < text.length; i++) {
    const s = surnameAt(text, i);
    if (s === 0 || (i > 0 && WORD_TAILS.has(text.slice(i - 1, i + 1)))) continue;
    const g = i + s;
    if (text[g] === '某') {
      // 王某川: one 某, then one given-name character, then a clear end.
      const x = text[g + 1];
      if (isGiven(x) && !/[甲乙丙丁戊己庚辛壬癸]/.test(x!) && strongEnd(text[g + 2])) {
        pushName(hits, i, text.slice(i, g + 2), s, '姓名（“姓某名”写法，只能写作姓+某）');
        i = g + 1;
      }
      continue;
    }
    if (COMMON_WORDS.has(text.slice(i, i + 2))) continue;
    // 李四某 / 张小明某: one or two given-name characters left in before 某.
    for (const given of [1, 2]) {
      const chars = text.slice(g, g + given);
      if (chars.length !== given || ![...chars].every(isGiven)) break;
      let k = g + given;
      if (text[k] !== '某') continue;
      while (text[k] === '某') k++;
      if (nameEnd(text[k])) {
        pushName(hits, i, text.slice(i, k), s, '姓名（半匿名，只能写作姓+某）');
        i = k - 1;
      }
      break;
    }
  }
}

/** A plain name (surname + one or two given-name characters) ending at a name boundary, at `i`. */
function plainNameAt(text: string, i: number): { length: number; surname: number } | null {
  const s = surnameAt(text, i);
  if (s === 0 || COMMON_WORDS.has(text.slice(i, i + 2))) return null;
  for (const given of [2, 1]) {
    const chars = text.slice(i + s, i + s + given);
    if (chars.length === given && [...chars].every(isGiven) && nameEnd(text[i + s + given])) return { length: s + given, surname: s };
  }
  return null;
}

/** 张三与李四 with no role word: two plain names joined by 与/和/及/同/跟/、. */
function findNamePairs(text: string, hits: Hit[]): void {
  for (const j of text.matchAll(/[与和及同跟、]/g)) {
    const at = j.index;
    const right = plainNameAt(text, at + 1);
    if (!right) continue;
    for (const len of [3, 2]) {
      const start = at - len;
      if (start < 0) continue;
      const before = text[start - 1];
      if (isCjk(before) && !/[在由让将把对是经被当从向给请叫找称说后前时日月年即而但，。、]/.test(before!)) continue;
      const left = plainNameAt(text.slice(0, at), start);
      if (!left || left.length !== len) continue;
      pushName(hits, start, text.slice(start, at), left.surname);
      pushName(hits, at + 1, text.slice(at + 1, at + 1 + right.length), right.surname);
      break;
    }
  }
}

/** 小汪 / 老林 and 诸阿姨 / 王经理 / 陈法官. */
function findNicknames(text: string, hits: Hit[]): void {
  for (const m of text.matchAll(/[小老]/g)) {
    const i = m.index;
    if (i > 0 && NOT_NICK_PREFIX.has(text.slice(i - 1, i + 1))) continue;
    const s = SURNAMES.has(text[i + 1] ?? '') ? 1 : 0;
    if (s === 0 || COMMON_WORDS.has(text.slice(i + 1, i + 3)) || !nameEnd(text[i + 2])) continue;
    hits.push({ kind: 'name', start: i, end: i + 2, message: `疑似未匿名的昵称：${text[i]}${text[i + 1]}（应写作“${text[i + 1]}某”）` });
  }
  for (const m of text.matchAll(new RegExp(TITLES.join('|'), 'g'))) {
    const at = m.index;
    const s = at >= 2 && COMPOUND_SURNAMES.includes(text.slice(at - 2, at)) ? 2 : SURNAMES.has(text[at - 1] ?? '') ? 1 : 0;
    if (s === 0) continue;
    const start = at - s;
    if (
      start > 0 &&
      isCjk(text[start - 1]) &&
      (WORD_TAILS.has(text.slice(start - 1, start + 1)) || surnameAt(text, start - 1) > 0 || text[start - 1] === '某')
    )
      continue;
    hits.push({
      kind: 'name',
      start,
      end: at + m[0].length,
      message: `疑似未匿名的称呼：${text.slice(start, at)}${m[0]}（应写作“${text.slice(start, at)}某”）`,
    });
  }
}

function findNames(text: string, hits: Hit[]): void {
  findHalfAnonymised(text, hits);
  for (const role of text.matchAll(ROLE_RE)) {
    let i = role.index + role[0].length;
    // Follow a list of parties: 当事人张某、李四和王五
    for (let guard = 0; guard < 6; guard++) {
      const found = nameAt(text, i);
      if (found === null) break;
      if ('anonymised' in found) {
        i += found.anonymised;
      } else {
        const name = text.slice(i, i + found.length);
        hits.push({
          kind: 'name',
          start: i,
          end: i + found.length,
          message: `疑似未匿名的当事人姓名：${maskName(name, found.surname)}（应写作“${name.slice(0, found.surname)}某”）`,
        });
        i += found.length;
      }
      if (!/[、和与及]/.test(text[i] ?? '')) break;
      i++;
    }
  }
  for (const title of text.matchAll(/先生|女士/g)) {
    const end = title.index;
    for (const len of [4, 3, 2, 1]) {
      const start = end - len;
      if (start < 0) continue;
      const s = surnameAt(text, start);
      if (s === 0 || s > len) continue;
      const given = text.slice(start + s, end);
      if (given.includes('某')) break;
      if (given.length > 2 || ![...given].every((c) => isCjk(c) && !NOT_GIVEN.has(c))) continue;
      if (given.length > 0 && COMMON_WORDS.has(text.slice(start, start + 2))) continue;
      if (start > 0 && WORD_TAILS.has(text.slice(start - 1, start + 1))) break;
      const name = text.slice(start, end);
      const shown = given.length > 0 ? maskName(name, s) : name;
      hits.push({
        kind: 'name',
        start,
        end: end + 2,
        message: `疑似未匿名的称呼：${shown}${title[0]}（应写作“${name.slice(0, s)}某”）`,
      });
      break;
    }
  }
  findNamePairs(text, hits);
  findNicknames(text, hits);
}

// ---------------------------------------------------------------------------------------------
// The scan

/** Not preceded by a letter or digit. */
const NB = '(?<![0-9A-Za-z])';
/** Not followed by a letter or digit. */
const NA = '(?![0-9A-Za-z])';

const PROVINCES = '京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼';
const PLATE_LETTER = 'A-HJ-NP-Z';

/** Not preceded by a letter or digit, nor by a digit and a separator (so a match is a whole run). */
const NB_RUN = '(?<![0-9A-Za-z]|[0-9][ -])';
/** Not followed by a letter or digit, nor by a separator and a digit. */
const NA_RUN = '(?![0-9A-Za-z]|[ -][0-9])';

/** Road and street names with a house number: 长春路123号, 人民大街 8-2 号. */
const HOUSE_NUMBER_RE = /[\u4e00-\u9fff]{1,8}?(?:大道|大街|胡同|路|街|巷|弄)\s?\d+(?:[-之]\d+)?\s?号(?!楼)/g;
/** Two or more of building / unit / room: 3号楼2单元501室, 5栋1201. */
const BUILDING_RE = /\d+\s?(?:号楼|栋|幢|座|单元)\s?\d+\s?(?:单元|层|楼|室|号|户)?(?:\s?\d+\s?(?:室|号|户))?/g;
/** A named housing estate: 华联花园, 大富山庄小区. */
const ESTATE_RE = /([\u4e00-\u9fff]{2,6}?)(山庄小区|花园小区|小区|山庄|花园|家园|公寓|嘉园|华庭|名苑|苑)(?!社区|居委|街道|村|镇)/g;
/** Characters that end a phrase before an estate word: 该小区, 所在小区, 老旧小区 are not names. */
const ESTATE_CUT = new Set([...'的了在住于该本其这那所各一个两与和及、位区城镇市县乡省街路号楼某同旧房宅置迁案边近民内外多全整']);
const ESTATE_GENERIC = new Set([
  '高档',
  '封闭',
  '开放',
  '物业',
  '商品',
  '回迁',
  '城中',
  '周边',
  '相邻',
  '隔壁',
  '附近',
  '部分',
  '所有',
  '涉事',
  '幼儿',
  '公共',
  '街心',
  '屋顶',
  '空中',
]);
/** Contract, order, policy and account numbers. */
const ACCOUNT_NO_RE =
  /(?:合同编号|合同号|协议编号|订单编号|订单号|保单号|运单号|快递单号|借据编号|编号|账号|帐号|账户|卡号|单号)\s?[:：]?\s?(?:为|是)?\s?([A-Za-z0-9][A-Za-z0-9\-/]{5,})/g;
/** WeChat and QQ ids. */
const IM_ID_RE =
  /(?<![A-Za-z])(?:微信号码|微信号|微信ID|微信|wechat|weixin|vx|v信|QQ号码|QQ号|QQ|扣扣号|扣扣)\s?[:：]?\s?(?:号码|为|是)?\s?([A-Za-z][-_A-Za-z0-9]{5,19}|[1-9]\d{4,11})(?![A-Za-z0-9])/gi;

function scan(text: string): Hit[] {
  const hits: Hit[] = [];

  // Every run of digits, with single spaces or hyphens anywhere in it, read as a whole.
  for (const m of text.matchAll(new RegExp(`${NB_RUN}\\+?\\d(?:[ -]?\\d)*(?:[ -]?[Xx])?${NA_RUN}`, 'g'))) {
    const run = m[0];
    const chars = run.replace(/[ +-]/g, '');
    const at = { start: m.index, end: m.index + run.length };
    if (chars.length === 18 && isValidResidentId18(chars)) {
      hits.push({ kind: 'id-card', ...at, message: `疑似居民身份证号码（校验位正确）：${mask(run, 6, 4)}` });
    } else if (chars.length === 15 && isValidResidentId15(chars)) {
      hits.push({ kind: 'id-card', ...at, message: `疑似居民身份证号码（15 位旧号码，出生日期有效）：${mask(run, 6, 3)}` });
    } else if (/^\d{16,19}$/.test(chars) && /^[2-69]/.test(chars) && luhnValid(chars) && !run.startsWith('+')) {
      hits.push({ kind: 'bank-card', ...at, message: `疑似银行卡号（通过 Luhn 校验）：${mask(run, 6, 4)}` });
    } else {
      const mobile = /^(?:0086|86)?(1[3-9]\d{9})$/.exec(chars);
      const international = chars.length > 11 && (run.startsWith('+86') || chars.startsWith('0086'));
      if (mobile && (chars.length === 11 || international)) {
        // +86 / 0086 stays readable; the number itself is masked.
        const prefix = chars.length === 11 ? '' : run.slice(0, Math.max(0, run.search(/1[3-9]\d(?:[ -]?\d){8}$/)));
        hits.push({ kind: 'mobile', ...at, message: `疑似手机号码：${prefix}${mask(run.slice(prefix.length), 3, 4)}` });
      }
    }
  }

  for (const m of text.matchAll(/(?<![\w.+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![\w])/g)) {
    const [local, domain] = m[0].split('@') as [string, string];
    hits.push({
      kind: 'email',
      start: m.index,
      end: m.index + m[0].length,
      message: `疑似电子邮箱：${mask(local, Math.min(2, local.length - 1), 0)}@${domain}`,
    });
  }

  const area = '0(?:10|2\\d|[3-9]\\d{2})';
  const landlineRe = new RegExp(`${NB}(?:[(（]${area}[)）] ?|${area}-)\\d{7,8}${NA}`, 'g');
  for (const m of text.matchAll(landlineRe)) {
    const areaLength = /^[(（]?(0(?:10|2\d|[3-9]\d{2}))/.exec(m[0])?.[1]?.length ?? 3;
    hits.push({ kind: 'landline', start: m.index, end: m.index + m[0].length, message: `疑似固定电话号码：${mask(m[0], areaLength, 2)}` });
  }

  const letter = `${PLATE_LETTER}${PLATE_LETTER.toLowerCase()}`;
  const plateRe = new RegExp(
    `(?<![0-9A-Za-z])[${PROVINCES}][${letter}][·•・ ]?(?:[${letter}0-9]{5,6}|[${letter}0-9]{4}[学警挂港澳领试超])(?![0-9A-Za-z])`,
    'g',
  );
  for (const m of text.matchAll(plateRe)) {
    const tail = m[0].slice(2).replace(/^[·•・ ]/, '');
    if ((tail.match(/\d/g) ?? []).length < 3) continue;
    hits.push({ kind: 'plate', start: m.index, end: m.index + m[0].length, message: `疑似机动车号牌：${mask(m[0], 2, 2)}` });
  }

  for (const m of text.matchAll(HOUSE_NUMBER_RE)) {
    if (m[0].includes('某')) continue;
    hits.push({
      kind: 'address',
      start: m.index,
      end: m.index + m[0].length,
      message: `疑似门牌地址：${mask(m[0], 1, 1)}（写到街道或“某路”为止）`,
    });
  }
  for (const m of text.matchAll(BUILDING_RE)) {
    hits.push({
      kind: 'address',
      start: m.index,
      end: m.index + m[0].length,
      message: `疑似楼栋房号：${mask(m[0], 0, 1)}（删去楼栋、单元和房号）`,
    });
  }
  for (const m of text.matchAll(ESTATE_RE)) {
    let name = m[1]!;
    const cut = Math.max(...[...name].map((c, i) => (ESTATE_CUT.has(c) ? i + 1 : 0)));
    name = name.slice(cut);
    if (name.length < 2 || ESTATE_GENERIC.has(name.slice(-2)) || COMMON_WORDS.has(name + m[2]) || (m[2] === '花园' && name.length < 2))
      continue;
    const start = m.index + m[0].length - m[2]!.length - name.length;
    hits.push({
      kind: 'address',
      start,
      end: m.index + m[0].length,
      message: `疑似小区名称：${name[0]}${'*'.repeat(name.length - 1)}${m[2]}（写作“某小区”）`,
    });
  }
  for (const m of text.matchAll(ACCOUNT_NO_RE)) {
    const id = m[1]!;
    if ((id.match(/\d/g) ?? []).length < 4) continue;
    const start = m.index + m[0].length - id.length;
    hits.push({
      kind: 'account',
      start,
      end: start + id.length,
      message: `疑似合同、订单或账户编号：${mask(id, 2, 2)}（删去或只写“尾号”）`,
    });
  }
  for (const m of text.matchAll(IM_ID_RE)) {
    const id = m[1]!;
    const start = m.index + m[0].length - id.length;
    hits.push({ kind: 'account', start, end: start + id.length, message: `疑似微信号或 QQ 号：${mask(id, 2, 1)}` });
  }

  findNames(text, hits);
  return hits;
}

/** Every likely piece of personal data in `text`, in reading order. Overlapping hits keep the first kind found (ID before card before phone …). */
/**
 * NFKC form of `text` (full-width digits, letters, ＠ and brackets become half-width) and, for
 * each of its UTF-16 units, the offset of the original character it came from.
 */
export function normalise(text: string): { text: string; origin: number[] } {
  let out = '';
  const origin: number[] = [];
  let i = 0;
  for (const ch of text) {
    const n = ch.normalize('NFKC');
    out += n;
    for (let k = 0; k < n.length; k++) origin.push(i);
    i += ch.length;
  }
  origin.push(text.length);
  return { text: out, origin };
}

export function findPersonalData(text: string): Finding[] {
  const norm = normalise(text);
  const kept: Hit[] = [];
  // Positions are found in the normalised text and mapped back to the original.
  const toOriginal = (h: Hit): Hit => ({
    ...h,
    start: norm.origin[h.start]!,
    end: h.end >= norm.text.length ? text.length : norm.origin[h.end]!,
  });
  for (const hit of scan(norm.text).map(toOriginal)) {
    if (kept.some((k) => hit.start < k.end && k.start < hit.end)) continue;
    kept.push(hit);
  }
  kept.sort((a, b) => a.start - b.start);

  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const position = (offset: number): { line: number; column: number } => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - lineStarts[lo]! + 1 };
  };

  return kept.map((h) => ({ kind: h.kind, match: text.slice(h.start, h.end), ...position(h.start), message: h.message }));
}

/** Findings for one file as “path:line:column message” lines, ready to print. */
export function checkCaseFile(path: string, text: string): string[] {
  return findPersonalData(text).map((f) => `${path}:${f.line}:${f.column} ${f.message}`);
}
