/**
 * Scope checker scenarios written from the seeds' own wording (/work/shared/seeds/): each quotes
 * the provision it comes from, describes a dispute as an official at the counter would, and
 * states for every channel the scope verdict, a provision cited for it, the entry status and a
 * provision cited for the entry, as read from the documents.
 */
import { describe, expect, it } from 'vitest';
import { loadScopeData } from '../support/scope-data.ts';
import type { EntryStatus, Verdict } from '../../src/schemas/scope-enums.ts';
import type { Answers } from '../../src/lib/scope/condition.ts';
import { evaluateAll, type ChannelResult } from '../../src/lib/scope/evaluate.ts';
import { visibleQuestions } from '../../src/lib/scope/questions.ts';
import { answersFromParams, answersToParams } from '../../src/lib/scope/url-state.ts';

const { questions, channels } = loadScopeData();

const XT = 'xingzheng-tiaojie-zhou-2022/';
const FD = 'fangdiao-lhasa-2019/';
const SJ = 'xx-xian-shujie-2023/';
const QG = 'quangang-xingzheng-zhengyi-2020/';
const DT = 'sichuan-da-tiaojie-2015/';
const AP: Verdict = 'applicable';
const NA: Verdict = 'not-applicable';
const NR: Verdict = 'needs-review';

/** [scope verdict, a provision its reasons cite, entry status, a provision the entry cites] */
type Expect = [Verdict, string, EntryStatus, string];
interface Scenario {
  /** The seed and provision whose words the scenario comes from. */
  from: string;
  says: string;
  answers: Record<string, string | string[]>;
  xt: Expect;
  fd: Expect;
  sj: Expect;
  fy: Expect;
  qt: Expect;
  /** Text one channel's next steps or notes must show. */
  shows?: [keyof typeof CH, string];
}
const CH = { xt: 'xingzheng-tiaojie', fd: 'fangdiao', sj: 'shujie', fy: 'fuyi-tiaojie', qt: 'qita-tujing' } as const;

// Common answers: nothing criminal, both willing, nothing forbids 人民调解, never mediated.
const CIVIL = { criminal: 'none', refuses: 'no', reserved: 'no', mediated: 'none' } as const;
const ADMIN = { criminal: 'none', refuses: 'no', mediated: 'none' } as const;
// Entries that do not depend on the answers in most scenarios.
const XT_OPEN: [EntryStatus, string] = ['open', `${XT}4.3`];
const SJ_OPEN: [EntryStatus, string] = ['open', `${SJ}2.2`];
const FY_NOT_ASKED: [EntryStatus, string] = ['step', `${XT}3.2`];
const QT: Expect = [AP, `${DT}3.7`, 'open', `${DT}3.7`];
const FD_IN: [EntryStatus, string] = ['open', `${FD}6.1`];
const FD_OUT: [EntryStatus, string] = ['closed', `${FD}6.1`];
const CIVIL_NOT_SJ: Expect = [NA, `${SJ}1`, ...SJ_OPEN];
const CIVIL_NOT_FY: Expect = [NA, `${XT}3.2`, ...FY_NOT_ASKED];

const scenarios: Scenario[] = [
  // ---- 004 访调对接：第五条第（一）项 适用的三类 ----
  {
    from: '004 第五条第（一）项第1目：公民之间有关人身损害赔偿、财产权益和其他权益的纠纷',
    says: '张某家的狗咬伤邻居李某，李某要求赔偿医药费，到信访局反映，双方都愿意调解',
    answers: { parties: 'citizen', subject: 'civil-private', domain: '邻里纠纷', ...CIVIL, route: 'petition', complexity: 'single' },
    xt: [NA, `${XT}1`, ...XT_OPEN],
    fd: [AP, `${FD}5.1.1`, ...FD_IN],
    sj: CIVIL_NOT_SJ,
    fy: CIVIL_NOT_FY,
    qt: QT,
  },
  {
    from: '004 第五条第（一）项第2目：公民与法人之间或其他社会组织之间的民事纠纷',
    says: '业主与物业公司因物业费和维修问题争执，业主到信访局反映',
    answers: {
      parties: ['citizen', 'org'],
      subject: 'civil-linked',
      domain: '物业服务',
      ...CIVIL,
      route: 'petition',
      complexity: 'single',
    },
    xt: [AP, `${XT}1.2`, ...XT_OPEN],
    fd: [AP, `${FD}5.1.2`, ...FD_IN],
    sj: CIVIL_NOT_SJ,
    fy: CIVIL_NOT_FY,
    qt: QT,
  },
  {
    from: '004 第五条第（一）项第2目：公民……与行政机关之间发生的具有民事权利义务内容的纠纷',
    says: '镇政府租用村民房屋办公，拖欠租金，村民到信访局反映',
    answers: {
      parties: ['citizen', 'organ'],
      subject: 'civil-linked',
      domain: '房屋租赁',
      ...CIVIL,
      route: 'petition',
      complexity: 'single',
    },
    xt: [AP, `${XT}1.2`, ...XT_OPEN],
    fd: [AP, `${FD}5.1.2`, ...FD_IN],
    sj: CIVIL_NOT_SJ,
    fy: CIVIL_NOT_FY,
    qt: QT,
  },
  {
    from: '004 第五条第（一）项第3目：党委、政府交办和相关部门协商指定办理的依法可以通过人民调解处理的信访矛盾纠纷',
    says: '县委交办：两家企业之间的货款纠纷引发职工聚集',
    answers: { parties: 'org', subject: 'civil-linked', domain: '合同债务', ...CIVIL, route: 'assigned', complexity: 'multi' },
    xt: [AP, `${XT}1.2`, ...XT_OPEN],
    fd: [NR, `${FD}5.1.3`, ...FD_IN],
    sj: CIVIL_NOT_SJ,
    fy: CIVIL_NOT_FY,
    qt: QT,
  },
  {
    from: '004 第五条第（一）项第3目与第2目：交办和信访来的，同样对待',
    says: '市政府交办：村民对镇政府拆除其违建的决定不服',
    answers: {
      parties: ['citizen', 'organ'],
      subject: 'admin-act',
      domain: '行政处罚',
      ...ADMIN,
      route: 'assigned',
      review: 'none',
      legality: 'unclear',
      discretion: 'no',
      complexity: 'single',
    },
    xt: [AP, `${XT}1.1`, ...XT_OPEN],
    fd: [NR, `${FD}5.1.3`, ...FD_IN],
    sj: [AP, `${SJ}2.3`, ...SJ_OPEN],
    fy: [AP, `${XT}3.2`, 'step', `${XT}3.2`],
    qt: QT,
  },
  {
    from: '004 第五条第（一）项：信访人反映的对行政行为的异议，与交办的同样需要核实',
    says: '村民到信访局反映：对镇政府拆除其违建的决定不服',
    answers: {
      parties: ['citizen', 'organ'],
      subject: 'admin-act',
      domain: '行政处罚',
      ...ADMIN,
      route: 'petition',
      review: 'none',
      legality: 'unclear',
      discretion: 'no',
      complexity: 'single',
    },
    xt: [AP, `${XT}1.1`, ...XT_OPEN],
    fd: [NR, `${FD}5.1.3`, ...FD_IN],
    sj: [AP, `${SJ}2.3`, ...SJ_OPEN],
    fy: [AP, `${XT}3.2`, 'step', `${XT}3.2`],
    qt: QT,
  },
  // ---- 004 第五条第（二）项 不适用的四类 ----
  {
    from: '004 第五条第（二）项第1目：法律、法规规定只能由专门机关管辖处理的，或者法律、法规禁止采用民间调解解决的',
    says: '两兄弟之间的纠纷，经核实法律规定只能由专门机关处理，到信访局反映',
    answers: {
      parties: 'citizen',
      subject: 'civil-private',
      domain: '婚姻家庭',
      ...CIVIL,
      reserved: 'yes',
      route: 'petition',
      complexity: 'single',
    },
    xt: [NR, `${XT}1.2`, ...XT_OPEN],
    fd: [NA, `${FD}5.2.1`, ...FD_IN],
    sj: CIVIL_NOT_SJ,
    fy: CIVIL_NOT_FY,
    qt: QT,
  },
  {
    from: '004 第五条第（二）项第2目：一方当事人拒绝人民调解的',
    says: '邻居之间因占道堆放杂物争吵，到信访局反映，对方明确拒绝调解',
    answers: {
      parties: 'citizen',
      subject: 'civil-private',
      domain: '邻里纠纷',
      ...CIVIL,
      refuses: 'yes',
      route: 'petition',
      complexity: 'single',
    },
    xt: [NA, `${XT}2.1`, ...XT_OPEN],
    fd: [NA, `${FD}5.2.2`, ...FD_IN],
    sj: [NA, `${XT}2.1`, ...SJ_OPEN],
    fy: [NA, `${XT}2.1`, ...FY_NOT_ASKED],
    qt: QT,
    shows: ['fd', '按信访程序登记办理'],
  },
  {
    from: '004 第五条第（二）项第3目：矛盾纠纷已经人民调解委员会调解达成协议的',
    says: '子女赡养老人纠纷，村调委会已调解达成协议，老人又到信访局反映',
    answers: {
      parties: 'citizen',
      subject: 'civil-linked',
      domain: '婚姻家庭',
      ...CIVIL,
      mediated: ['rm-agreement'],
      route: 'petition',
      complexity: 'single',
    },
    xt: [NR, `${XT}6`, ...XT_OPEN],
    fd: [NA, `${FD}5.2.3`, ...FD_IN],
    sj: CIVIL_NOT_SJ,
    fy: CIVIL_NOT_FY,
    qt: QT,
    shows: ['fd', '司法确认'],
  },
  {
    from: '004 第五条第（二）项第3目：……或调解终止的；第六条第（三）项：引导当事人通过仲裁、行政、司法、信访等其他合法途径解决',
    says: '农民工与建筑公司的工资纠纷，人民调解委员会调解已终止，农民工到信访局反映',
    answers: {
      parties: ['citizen', 'org'],
      subject: 'civil-linked',
      domain: '劳动争议',
      ...CIVIL,
      mediated: ['rm-terminated'],
      route: 'petition',
      complexity: 'single',
    },
    xt: [AP, `${XT}1.2`, ...XT_OPEN],
    fd: [NA, `${FD}5.2.3`, ...FD_IN],
    sj: CIVIL_NOT_SJ,
    fy: CIVIL_NOT_FY,
    qt: [AP, `${FD}6.3`, 'open', `${DT}3.7`],
  },
  {
    from: '004 第五条第（二）项第4目：其他不适宜人民调解的（行政调解协议已达成）',
    says: '交通事故赔偿，交警部门已调解达成协议，一方又到信访局反映',
    answers: {
      parties: 'citizen',
      subject: 'civil-linked',
      domain: '道路交通',
      ...CIVIL,
      mediated: ['admin-agreement'],
      route: 'petition',
      complexity: 'single',
    },
    xt: [NA, `${XT}3.1`, ...XT_OPEN],
    fd: [NR, `${FD}5.2.4`, ...FD_IN],
    sj: CIVIL_NOT_SJ,
    fy: CIVIL_NOT_FY,
    qt: QT,
  },
  // ---- 004 第六条 引导分流 ----
  {
    from: '004 第六条第（一）项：信访人同意采取人民调解方式处理的，信访部门及时通知人民调解组织受理',
    says: '邻里噪音纠纷到信访局反映，还没有问过双方是否愿意调解',
    answers: {
      parties: 'citizen',
      subject: 'civil-private',
      domain: '邻里纠纷',
      ...CIVIL,
      refuses: 'unknown',
      route: 'petition',
      complexity: 'single',
    },
    xt: [NA, `${XT}1`, 'step', `${XT}3.3`],
    fd: [AP, `${FD}5.1.1`, 'step', `${FD}6.1`],
    sj: CIVIL_NOT_SJ,
    fy: CIVIL_NOT_FY,
    qt: QT,
  },
  {
    from: '004 第六条第（一）项：对信访当事人反映的……纠纷（不经信访的，不走访调对接，但仍属人民调解范围）',
    says: '农民工直接到人社局窗口反映建筑公司欠薪，双方愿意调解',
    answers: { parties: ['citizen', 'org'], subject: 'civil-linked', domain: '劳动争议', ...CIVIL, route: 'window', complexity: 'single' },
    xt: [AP, `${XT}1.2`, ...XT_OPEN],
    fd: [AP, `${FD}5.1.2`, ...FD_OUT],
    sj: CIVIL_NOT_SJ,
    fy: CIVIL_NOT_FY,
    qt: QT,
    shows: ['fd', '就近向人民调解组织申请调解'],
  },
  {
    from: '004 第五条第（一）项第2目与 000 第一条第（二）项“医疗”：卫健部门排查中发现',
    says: '卫健局在矛盾纠纷排查中发现患者家属与医院的医疗纠纷',
    answers: { parties: ['citizen', 'org'], subject: 'civil-linked', domain: '医疗纠纷', ...CIVIL, route: 'found', complexity: 'single' },
    xt: [AP, `${XT}1.2`, ...XT_OPEN],
    fd: [AP, `${FD}5.1.2`, ...FD_OUT],
    sj: CIVIL_NOT_SJ,
    fy: CIVIL_NOT_FY,
    qt: QT,
  },
  {
    from: '000 第一条第（二）项“婚姻家庭”；004 第五条第（一）项第1目',
    says: '夫妻闹离婚，妻子直接到妇联和民政窗口求助，双方愿意调解',
    answers: { parties: 'citizen', subject: 'civil-linked', domain: '婚姻家庭', ...CIVIL, route: 'window', complexity: 'single' },
    xt: [AP, `${XT}1.2`, ...XT_OPEN],
    fd: [AP, `${FD}5.1.1`, ...FD_OUT],
    sj: CIVIL_NOT_SJ,
    fy: CIVIL_NOT_FY,
    qt: QT,
  },
  // ---- 000 第一条 行政调解的三类范围 ----
  {
    from: '000 第一条第（一）项：重点要解决好土地征收征用……方面的纠纷；第三条第（二）项：自由裁量权',
    says: '村民对镇政府确定的征地补偿标准不服，到镇政府反映，涉及自然资源、住建两个部门',
    answers: {
      parties: ['citizen', 'organ'],
      subject: 'admin-act',
      domain: '征地拆迁',
      ...ADMIN,
      route: 'window',
      review: 'none',
      legality: 'no-sign',
      discretion: 'yes',
      complexity: 'multi',
    },
    xt: [AP, `${XT}1.1`, ...XT_OPEN],
    fd: [NR, `${FD}5.1.3`, ...FD_OUT],
    sj: [AP, `${SJ}1`, ...SJ_OPEN],
    fy: [AP, `${XT}3.2`, 'step', `${XT}3.2`],
    qt: QT,
    shows: ['xt', '最初受理的部门或涉及主要管理工作的部门牵头'],
  },
  {
    from: '000 第一条第（一）项：社会保险……方面的纠纷',
    says: '退休职工对社保局核定的养老金待遇不服，已申请行政复议，事实还没查清',
    answers: {
      parties: ['citizen', 'organ'],
      subject: 'admin-act',
      domain: '社会保障',
      ...ADMIN,
      route: 'window',
      review: 'pending',
      legality: 'unclear',
      discretion: 'no',
      complexity: 'single',
    },
    xt: [AP, `${XT}1.1`, ...XT_OPEN],
    fd: [NR, `${FD}5.1.3`, ...FD_OUT],
    sj: [AP, `${SJ}1`, ...SJ_OPEN],
    fy: [AP, `${XT}3.2`, 'open', `${XT}3.2`],
    qt: QT,
    shows: ['fy', '查明事实、明确是非、分清责任'],
  },
  {
    from: '000 第一条第（一）项：治安管理……方面的纠纷；002 第二条第（三）项：执法处罚过程中发生的行政争议',
    says: '摊主对派出所的治安罚款不服，直接到派出所反映',
    answers: {
      parties: ['citizen', 'organ'],
      subject: 'admin-act',
      domain: ['治安管理', '行政处罚'],
      ...ADMIN,
      route: 'window',
      review: 'none',
      legality: 'no-sign',
      discretion: 'yes',
      complexity: 'single',
    },
    xt: [AP, `${XT}1.1`, ...XT_OPEN],
    fd: [NR, `${FD}5.1.3`, ...FD_OUT],
    sj: [AP, `${SJ}2.3`, ...SJ_OPEN],
    fy: [AP, `${XT}3.2`, 'step', `${XT}3.2`],
    qt: QT,
  },
  {
    from: '000 第一条第（一）项：社会保险、劳动人事；工伤认定不是自由裁量',
    says: '职工对人社局不予认定工伤的决定不服，已申请行政复议',
    answers: {
      parties: ['citizen', 'organ'],
      subject: 'admin-act',
      domain: ['工伤赔偿', '社会保障'],
      ...ADMIN,
      route: 'window',
      review: 'pending',
      legality: 'no-sign',
      discretion: 'no',
      complexity: 'single',
    },
    xt: [AP, `${XT}1.1`, ...XT_OPEN],
    fd: [NR, `${FD}5.1.3`, ...FD_OUT],
    sj: [AP, `${SJ}1`, ...SJ_OPEN],
    fy: [AP, `${XT}3.2`, 'open', `${XT}3.2`],
    qt: QT,
  },
  {
    from: '000 第一条第（二）项：医疗……方面的纠纷',
    says: '患者家属认为医院误诊，直接到卫健局窗口申请调解',
    answers: { parties: ['citizen', 'org'], subject: 'civil-linked', domain: '医疗纠纷', ...CIVIL, route: 'window', complexity: 'single' },
    xt: [AP, `${XT}1.2`, ...XT_OPEN],
    fd: [AP, `${FD}5.1.2`, ...FD_OUT],
    sj: CIVIL_NOT_SJ,
    fy: CIVIL_NOT_FY,
    qt: QT,
  },
  {
    from: '000 第一条第（二）项：交通安全……方面的纠纷',
    says: '两车相撞，双方就修车费到交警队申请调解',
    answers: { parties: 'citizen', subject: 'civil-linked', domain: '道路交通', ...CIVIL, route: 'window', complexity: 'single' },
    xt: [AP, `${XT}1.2`, ...XT_OPEN],
    fd: [AP, `${FD}5.1.1`, ...FD_OUT],
    sj: CIVIL_NOT_SJ,
    fy: CIVIL_NOT_FY,
    qt: QT,
  },
  {
    from: '000 第一条第（二）项：消费者权益保护……方面的纠纷',
    says: '买的洗衣机坏了商家不给换，消费者到市场监管局投诉',
    answers: { parties: ['citizen', 'org'], subject: 'civil-linked', domain: '消费维权', ...CIVIL, route: 'window', complexity: 'single' },
    xt: [AP, `${XT}1.2`, ...XT_OPEN],
    fd: [AP, `${FD}5.1.2`, ...FD_OUT],
    sj: CIVIL_NOT_SJ,
    fy: CIVIL_NOT_FY,
    qt: QT,
  },
  {
    from: '000 第一条第（二）项：环保……方面的纠纷',
    says: '村民反映工厂排污污染农田，到信访局集体反映，涉及生态环境、农业两个部门',
    answers: { parties: ['citizen', 'org'], subject: 'civil-linked', domain: '环境污染', ...CIVIL, route: 'petition', complexity: 'multi' },
    xt: [AP, `${XT}1.2`, ...XT_OPEN],
    fd: [AP, `${FD}5.1.2`, ...FD_IN],
    sj: CIVIL_NOT_SJ,
    fy: CIVIL_NOT_FY,
    qt: QT,
    shows: ['fd', '人民调解指导中心'],
  },
  {
    from: '000 第一条第（二）项：经济合同……方面的纠纷',
    says: '两家公司的买卖合同纠纷，一方到商务局反映',
    answers: { parties: 'org', subject: 'civil-linked', domain: '合同债务', ...CIVIL, route: 'window', complexity: 'single' },
    xt: [AP, `${XT}1.2`, ...XT_OPEN],
    fd: [NR, `${FD}5.1.3`, ...FD_OUT],
    sj: CIVIL_NOT_SJ,
    fy: CIVIL_NOT_FY,
    qt: QT,
  },
  {
    from: '000 第一条第（三）项：民事纠纷发生后，因行政职权的介入又引发的行政纠纷',
    says: '两户村民宅基地纠纷，镇政府作出处理决定后，一方不服到信访局反映',
    answers: {
      parties: ['citizen', 'organ'],
      subject: 'civil-then-admin',
      domain: '邻里纠纷',
      ...CIVIL,
      route: 'petition',
      review: 'none',
      legality: 'unclear',
      discretion: 'unsure',
      complexity: 'single',
    },
    xt: [AP, `${XT}1.3`, ...XT_OPEN],
    fd: [NR, `${FD}5.1.2`, ...FD_IN],
    sj: [AP, `${XT}1.3`, ...SJ_OPEN],
    fy: [AP, `${XT}3.2`, 'step', `${XT}3.2`],
    qt: QT,
  },
  {
    from: '000 第一条（行政调解的三类范围）：与行政机关职能无关的私人纠纷',
    says: '朋友之间借钱不还，直接到司法所反映',
    answers: { parties: 'citizen', subject: 'civil-private', domain: '其他', ...CIVIL, route: 'window' },
    xt: [NA, `${XT}1`, ...XT_OPEN],
    fd: [AP, `${FD}5.1.1`, ...FD_OUT],
    sj: CIVIL_NOT_SJ,
    fy: CIVIL_NOT_FY,
    qt: QT,
  },
  {
    from: '000 第一条第（二）项：劳动方面的纠纷（选了“与职能无关”却属于列举领域）',
    says: '亲戚之间雇工干活的工钱纠纷，到信访局反映',
    answers: { parties: 'citizen', subject: 'civil-private', domain: '劳动争议', ...CIVIL, route: 'petition', complexity: 'single' },
    xt: [NR, `${XT}1.2`, ...XT_OPEN],
    fd: [AP, `${FD}5.1.1`, ...FD_IN],
    sj: CIVIL_NOT_SJ,
    fy: CIVIL_NOT_FY,
    qt: QT,
  },
  // ---- 000 第二条第（一）项 自愿：拒绝调解关闭所有调解渠道 ----
  {
    from: '000 第二条第（一）项：行政调解要尊重当事人意愿，不得强迫当事人接受调解方式和调解结果',
    says: '企业对市场监管局的罚款不服，明确表示不愿调解',
    answers: {
      parties: ['org', 'organ'],
      subject: 'admin-act',
      domain: '行政处罚',
      ...ADMIN,
      refuses: 'yes',
      route: 'window',
      review: 'none',
      legality: 'no-sign',
      discretion: 'yes',
      complexity: 'single',
    },
    xt: [NA, `${XT}2.1`, ...XT_OPEN],
    fd: [NA, `${FD}5.2.2`, ...FD_OUT],
    sj: [NA, `${XT}2.1`, ...SJ_OPEN],
    fy: [NA, `${XT}2.1`, 'step', `${XT}3.2`],
    qt: [AP, `${XT}2.1`, 'open', `${DT}3.7`],
  },
  {
    from: '000 第三条第（三）项：在争议双方有调解愿望的基础上',
    says: '村民对镇政府的征收补偿不服，还没问镇政府和村民是否愿意调解',
    answers: {
      parties: ['citizen', 'organ'],
      subject: 'admin-act',
      domain: '征地拆迁',
      ...ADMIN,
      refuses: 'unknown',
      route: 'window',
      review: 'none',
      legality: 'no-sign',
      discretion: 'yes',
      complexity: 'single',
    },
    xt: [AP, `${XT}1.1`, 'step', `${XT}3.3`],
    fd: [NR, `${FD}5.1.3`, 'closed', `${FD}6.1`],
    sj: [AP, `${SJ}1`, ...SJ_OPEN],
    fy: [AP, `${XT}3.2`, 'step', `${XT}3.2`],
    qt: QT,
  },
  // ---- 000 第三条 基本要求 ----
  {
    from: '000 第三条第（一）项：对未达成协议的行政调解，要积极引导当事人运用行政复议、裁决等方式解决',
    says: '员工与公司的加班费纠纷，人社局调解过没有达成协议，员工到信访局反映',
    answers: {
      parties: ['citizen', 'org'],
      subject: 'civil-linked',
      domain: '劳动争议',
      ...CIVIL,
      mediated: ['admin-failed'],
      route: 'petition',
      complexity: 'single',
    },
    xt: [NR, `${XT}3.1`, ...XT_OPEN],
    fd: [AP, `${FD}5.1.2`, ...FD_IN],
    sj: CIVIL_NOT_SJ,
    fy: CIVIL_NOT_FY,
    qt: [AP, `${XT}3.1`, 'open', `${DT}3.7`],
  },
  {
    from: '000 第三条第（一）项：当事人应当按照约定自觉履行行政调解协议，不得擅自变更或者解除',
    says: '消费者与商家已在市场监管所达成行政调解协议，商家不履行，消费者又来窗口',
    answers: {
      parties: ['citizen', 'org'],
      subject: 'civil-linked',
      domain: '消费维权',
      ...CIVIL,
      mediated: ['admin-agreement'],
      route: 'window',
      complexity: 'single',
    },
    xt: [NA, `${XT}3.1`, ...XT_OPEN],
    fd: [NR, `${FD}5.2.4`, ...FD_OUT],
    sj: CIVIL_NOT_SJ,
    fy: CIVIL_NOT_FY,
    qt: QT,
  },
  {
    from: '000 第三条第（二）项：对于行政机关行使自由裁量权做出的具体行政行为引发的行政复议案件，要积极促成……在复议决定作出前自愿和解',
    says: '个体户对城管罚款数额不服，已申请行政复议，复议机关尚未决定',
    answers: {
      parties: ['citizen', 'organ'],
      subject: 'admin-act',
      domain: '行政处罚',
      ...ADMIN,
      route: 'window',
      review: 'pending',
      legality: 'no-sign',
      discretion: 'yes',
      complexity: 'single',
    },
    xt: [AP, `${XT}1.1`, ...XT_OPEN],
    fd: [NR, `${FD}5.1.3`, ...FD_OUT],
    sj: [AP, `${SJ}2.3`, ...SJ_OPEN],
    fy: [AP, `${XT}3.2`, 'open', `${XT}3.2`],
    qt: QT,
    shows: ['fy', '自由裁量权'],
  },
  {
    from: '000 第三条第（二）项：复议决定作出前自愿和解（决定已作出：范围不变，进入方式已过）',
    says: '企业对不予许可决定不服，行政复议已经作出维持决定',
    answers: {
      parties: ['org', 'organ'],
      subject: 'admin-act',
      domain: '行政许可',
      ...ADMIN,
      route: 'window',
      review: 'decided',
      legality: 'no-sign',
      discretion: 'no',
      complexity: 'single',
    },
    xt: [AP, `${XT}1.1`, ...XT_OPEN],
    fd: [NR, `${FD}5.1.3`, ...FD_OUT],
    sj: [AP, `${SJ}1`, ...SJ_OPEN],
    fy: [AP, `${XT}3.2`, 'closed', `${XT}3.2`],
    qt: [AP, `${XT}3.1`, 'open', `${DT}3.7`],
  },
  {
    from: '000 第三条第（四）项：对事关……社会稳定大局的重大疑难纠纷……必要时要制定工作预案',
    says: '上百户村民对片区征收补偿方案不服，群体性纠纷',
    answers: {
      parties: ['citizen', 'organ'],
      subject: 'admin-act',
      domain: '征地拆迁',
      ...ADMIN,
      route: 'petition',
      review: 'none',
      legality: 'unclear',
      discretion: 'yes',
      complexity: 'major',
    },
    xt: [AP, `${XT}1.1`, ...XT_OPEN],
    fd: [NR, `${FD}5.1.3`, ...FD_IN],
    sj: [AP, `${SJ}1`, ...SJ_OPEN],
    fy: [AP, `${XT}3.2`, 'step', `${XT}3.2`],
    qt: QT,
    shows: ['xt', '必要时要制定工作预案'],
  },
  {
    from: '000 第六条：对法律关系单一、一个职能部门能够解决的争议纠纷，由该职能部门负责解决',
    says: '小区业主与物业公司的停车费纠纷，到住建局反映',
    answers: { parties: ['citizen', 'org'], subject: 'civil-linked', domain: '物业服务', ...CIVIL, route: 'window', complexity: 'single' },
    xt: [AP, `${XT}1.2`, ...XT_OPEN],
    fd: [AP, `${FD}5.1.2`, ...FD_OUT],
    sj: CIVIL_NOT_SJ,
    fy: CIVIL_NOT_FY,
    qt: QT,
    shows: ['xt', '由该职能部门负责解决'],
  },
  // ---- 001 泉港：复议、诉讼中的和解调解 ----
  {
    from: '001 第三条第（三）项：不得以和解、调解方式规避对违法或者不当行政行为的纠正',
    says: '企业认为环保局的停产决定程序违法，已申请行政复议',
    answers: {
      parties: ['org', 'organ'],
      subject: 'admin-act',
      domain: ['环境污染', '行政处罚'],
      ...ADMIN,
      route: 'window',
      review: 'pending',
      legality: 'appears-unlawful',
      discretion: 'no',
      complexity: 'single',
    },
    xt: [AP, `${XT}1.1`, ...XT_OPEN],
    fd: [NR, `${FD}5.1.3`, ...FD_OUT],
    sj: [AP, `${SJ}2.3`, ...SJ_OPEN],
    fy: [AP, `${XT}3.2`, 'open', `${XT}3.2`],
    qt: QT,
    shows: ['fy', '不得以和解、调解方式规避'],
  },
  {
    from: '001 第三条第（三）项：当事人不同意和解、调解的，应当及时作出行政复议决定',
    says: '复议申请人明确表示不同意与被申请的区住建局调解',
    answers: {
      parties: ['citizen', 'organ'],
      subject: 'admin-act',
      domain: '征地拆迁',
      ...ADMIN,
      refuses: 'yes',
      route: 'window',
      review: 'pending',
      legality: 'no-sign',
      discretion: 'yes',
      complexity: 'single',
    },
    xt: [NA, `${XT}2.1`, ...XT_OPEN],
    fd: [NA, `${FD}5.2.2`, ...FD_OUT],
    sj: [NA, `${XT}2.1`, ...SJ_OPEN],
    fy: [NA, `${QG}3.3`, 'open', `${XT}3.2`],
    qt: [AP, `${XT}2.1`, 'open', `${DT}3.7`],
  },
  {
    from: '001 第三条第（三）项：推动行政诉讼……案件和解、调解；配合法院做好诉中协调',
    says: '村民对乡政府的土地确权决定已经提起行政诉讼',
    answers: {
      parties: ['citizen', 'organ'],
      subject: 'admin-act',
      domain: '土地承包',
      ...ADMIN,
      route: 'window',
      review: 'litigation',
      legality: 'unclear',
      discretion: 'no',
      complexity: 'single',
    },
    xt: [AP, `${XT}1.1`, ...XT_OPEN],
    fd: [NR, `${FD}5.1.3`, ...FD_OUT],
    sj: [AP, `${SJ}1`, ...SJ_OPEN],
    fy: [AP, `${XT}3.2`, 'closed', `${QG}3.3`],
    qt: QT,
    shows: ['sj', '配合法院做好诉中协调'],
  },
  // ---- 002 XX县 纾解 ----
  {
    from: '002 第二条第（三）项：对执法处罚过程中发生的行政争议，涉案单位应及时组织专班进行纾解',
    says: '餐馆对市场监管局的罚款决定不服，到镇公共法律服务中心反映',
    answers: {
      parties: ['org', 'organ'],
      subject: 'admin-act',
      domain: '行政处罚',
      ...ADMIN,
      route: 'window',
      review: 'none',
      legality: 'no-sign',
      discretion: 'yes',
      complexity: 'single',
    },
    xt: [AP, `${XT}1.1`, ...XT_OPEN],
    fd: [NR, `${FD}5.1.3`, ...FD_OUT],
    sj: [AP, `${SJ}2.3`, ...SJ_OPEN],
    fy: [AP, `${XT}3.2`, 'step', `${XT}3.2`],
    qt: QT,
  },
  {
    from: '002 第二条第（二）项：“谁管理、谁纾解”“谁执法、谁纾解”（争议一方应是行政机关）',
    says: '市民说对“上面”的处理不服，但说不清是哪个机关',
    answers: {
      parties: 'citizen',
      subject: 'admin-act',
      domain: '其他',
      ...ADMIN,
      route: 'window',
      review: 'none',
      legality: 'unclear',
      discretion: 'unsure',
      complexity: 'single',
    },
    xt: [NR, `${XT}1.1`, ...XT_OPEN],
    fd: [NR, `${FD}5.1.3`, ...FD_OUT],
    sj: [NR, `${SJ}2.2`, ...SJ_OPEN],
    fy: [AP, `${XT}3.2`, 'step', `${XT}3.2`],
    qt: QT,
  },
  {
    from: '002 第一条：化解的是行政争议（行政协议被归为民事纠纷时核实）',
    says: '拆迁户与街道办签了安置协议，街道办迟迟不交房',
    answers: {
      parties: ['citizen', 'organ'],
      subject: 'civil-linked',
      domain: '行政协议',
      ...CIVIL,
      route: 'window',
      complexity: 'single',
    },
    xt: [AP, `${XT}1.2`, ...XT_OPEN],
    fd: [AP, `${FD}5.1.2`, ...FD_OUT],
    sj: [NR, `${SJ}1`, ...SJ_OPEN],
    fy: CIVIL_NOT_FY,
    qt: QT,
  },
  // ---- 003 大调解 第三条第（七）项 ----
  {
    from: '003 第三条第（七）项：积极推行……因邻里纠纷、交通事故等引发的轻微刑事案件的和解解决模式',
    says: '邻居因琐事打架，一方轻伤，双方到信访局反映，愿意和解赔偿',
    answers: {
      parties: 'citizen',
      subject: 'civil-private',
      domain: '邻里纠纷',
      ...CIVIL,
      criminal: 'minor',
      route: 'petition',
      complexity: 'single',
    },
    xt: [NA, `${XT}1`, ...XT_OPEN],
    fd: [NR, `${FD}5.2.1`, ...FD_IN],
    sj: CIVIL_NOT_SJ,
    fy: CIVIL_NOT_FY,
    qt: QT,
  },
  {
    from: '003 第三条第（七）项：因交通事故等引发的轻微刑事案件；000 第一条（三类范围不含刑事部分）',
    says: '交通事故致人轻伤，双方直接到交警队商量赔偿',
    answers: {
      parties: 'citizen',
      subject: 'civil-linked',
      domain: '道路交通',
      ...CIVIL,
      criminal: 'minor',
      route: 'window',
      complexity: 'single',
    },
    xt: [NR, `${DT}3.7`, ...XT_OPEN],
    fd: [NR, `${FD}5.2.1`, ...FD_OUT],
    sj: CIVIL_NOT_SJ,
    fy: CIVIL_NOT_FY,
    qt: QT,
  },
  {
    from: '003 第三条第（七）项：对法律明确不能调解的案件……积极引导当事人选择……合法渠道；004 第五条第（二）项第1目',
    says: '被人以借款为名诈骗数万元，已经报警，又到信访局反映要求追回',
    answers: {
      parties: 'citizen',
      subject: 'civil-private',
      domain: '合同债务',
      ...CIVIL,
      criminal: 'other',
      route: 'petition',
      complexity: 'single',
    },
    xt: [NR, `${XT}1`, ...XT_OPEN],
    fd: [NR, `${FD}5.2.1`, ...FD_IN],
    sj: CIVIL_NOT_SJ,
    fy: CIVIL_NOT_FY,
    qt: [AP, `${DT}3.7`, 'open', `${DT}3.7`],
  },
  {
    from: '003 第三条第（七）项：对……当事人不愿调解的纠纷，积极引导当事人选择仲裁、行政裁决、行政复议、诉讼等合法渠道',
    says: '租客与房东的押金纠纷，房东拒绝调解，租客到司法所反映',
    answers: { parties: 'citizen', subject: 'civil-private', domain: '房屋租赁', ...CIVIL, refuses: 'yes', route: 'window' },
    xt: [NA, `${XT}1`, ...XT_OPEN],
    fd: [NA, `${FD}5.2.2`, ...FD_OUT],
    sj: CIVIL_NOT_SJ,
    fy: CIVIL_NOT_FY,
    qt: [AP, `${XT}2.1`, 'open', `${DT}3.7`],
  },
  // ---- 还没有回答 ----
  {
    from: '受理时还没有回答任何问题：不下结论，进入方式也先问清',
    says: '群众刚到窗口，还没说清是什么事',
    answers: {},
    xt: [NR, `${XT}1`, ...XT_OPEN],
    fd: [NR, `${FD}5.1`, 'step', `${FD}6.1`],
    sj: [NR, `${SJ}1`, ...SJ_OPEN],
    fy: [NR, `${XT}3.2`, 'step', `${XT}3.2`],
    qt: [AP, `${DT}3.7`, 'open', `${DT}3.7`],
  },
];

const toAnswers = (short: Scenario['answers']): Answers =>
  Object.fromEntries(Object.entries(short).map(([k, v]) => [k, Array.isArray(v) ? v : [v]]));
const byChannel = (results: ChannelResult[]) => Object.fromEntries(results.map((r) => [r.channel.id, r]));

describe('scope scenarios from the seeds', () => {
  it('has at least 40 scenarios', () => expect(scenarios.length).toBeGreaterThanOrEqual(40));

  it.each(scenarios)('$from — $says', (s) => {
    const answers = toAnswers(s.answers);
    // Every answer is to a question that is asked, with a valid value, and survives the URL.
    expect(visibleQuestions(questions, answers).answers).toEqual(answers);
    expect(answersFromParams(new URLSearchParams(answersToParams(answers, questions).toString()), questions)).toEqual(answers);
    const results = byChannel(evaluateAll(channels, answers, questions));
    for (const key of Object.keys(CH) as (keyof typeof CH)[]) {
      const r = results[CH[key]]!;
      const [verdict, scopeCite, entryStatus, entryCite] = s[key];
      const got = {
        verdict: r.verdict,
        scopeCited: r.reasons.some((x) => x.cites.includes(scopeCite)),
        entryStatus: r.entryStatus,
        entryCited: r.entry.some((x) => x.cites.includes(entryCite)),
      };
      expect(got, `${CH[key]}: ${r.reasons.map((x) => x.ruleId).join(',')} / ${r.entry.map((x) => x.ruleId).join(',')}`).toEqual({
        verdict,
        scopeCited: true,
        entryStatus,
        entryCited: true,
      });
    }
    if (s.shows) {
      const r = results[CH[s.shows[0]]]!;
      expect([...r.next, ...r.notes].map((n) => n.text).join('\n')).toContain(s.shows[1]);
    }
  });
});

describe('procedural answers', () => {
  const procedural = questions.filter((q) => q.procedural);
  it('are how the matter came and whether 复议/诉讼 was filed', () => {
    expect(procedural.map((q) => q.id).sort()).toEqual(['review', 'route']);
  });

  // Every value of every procedural question, and unanswered, on every scenario: the scope
  // verdicts do not move, because no provision makes how a matter came a scope condition.
  it('never change a scope verdict, on any scenario', () => {
    let checked = 0;
    for (const s of scenarios) {
      const base = toAnswers(s.answers);
      const baseline = evaluateAll(channels, base, questions).map((r) => `${r.channel.id}=${r.verdict}`);
      for (const q of procedural) {
        for (const value of [undefined, ...q.options.map((o) => o.value)]) {
          const varied: Answers = { ...base };
          if (value === undefined) delete varied[q.id];
          else varied[q.id] = [value];
          expect(
            evaluateAll(channels, varied, questions).map((r) => `${r.channel.id}=${r.verdict}`),
            `${s.says} with ${q.id}=${value}`,
          ).toEqual(baseline);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(300);
  });
});
