import { formatIssues } from '../../src/schemas/errors.ts';
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { provisionTextIndex } from '../support/data.ts';
import { describe, expect, it } from 'vitest';
import { scopeChannelSchema, scopeQuestionSchema, scopeReminderSchema } from '../../src/schemas/scope.ts';
import {
  answersFromParams,
  answersToParams,
  checkRuleData,
  evaluateAll,
  evaluateChannel,
  holds,
  implies,
  scopeCitations,
  unansweredQuestions,
  visibleQuestions,
  type Answers,
  type Condition,
  type ScopeChannel,
  type ScopeQuestion,
  type Verdict,
} from '../../src/lib/scope/engine.ts';

// ---------------------------------------------------------------------------------------------
// The real data, validated with the collection schemas.

function issues(error: { issues: Parameters<typeof formatIssues>[0] }): string {
  return formatIssues(error.issues).join('\n');
}

function loadQuestions(): ScopeQuestion[] {
  const raw = parse(readFileSync('src/content/scope/questions.yaml', 'utf8')) as unknown[];
  return raw.map((q, i) => {
    const r = scopeQuestionSchema.safeParse(q);
    if (!r.success) throw new Error(`questions.yaml 第 ${i + 1} 个问题：\n${issues(r.error)}`);
    return r.data;
  });
}

const CHANNEL_DIR = 'src/content/scope/channels';
function loadChannels(): ScopeChannel[] {
  return readdirSync(CHANNEL_DIR)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => {
      const r = scopeChannelSchema.safeParse(parse(readFileSync(`${CHANNEL_DIR}/${f}`, 'utf8')));
      if (!r.success) throw new Error(`${f}：\n${issues(r.error)}`);
      expect(`${r.data.id}.yaml`, 'channel id must match its file name').toBe(f);
      return r.data;
    });
}

const questions = loadQuestions();
const channels = loadChannels();
const reminders = (parse(readFileSync('src/content/scope/reminders.yaml', 'utf8')) as unknown[]).map((x) => scopeReminderSchema.parse(x));

// Documents and provision ids, read the way the content tests read them.
const knownProvisions = new Set(provisionTextIndex().keys());

const CHANNEL_IDS = ['xingzheng-tiaojie', 'fangdiao', 'shujie', 'fuyi-tiaojie', 'qita-tujing'] as const;
type ChannelId = (typeof CHANNEL_IDS)[number];

describe('scope data', () => {
  it('has the five channels, 其他途径 last', () => {
    const ordered = [...channels].sort((a, b) => a.order - b.order).map((c) => c.id);
    expect([...ordered].sort()).toEqual([...CHANNEL_IDS].sort());
    expect(ordered.at(-1)).toBe('qita-tujing');
  });

  it('passes checkRuleData', () => {
    expect(checkRuleData(questions, channels)).toEqual([]);
  });

  it('cites only provisions that exist, everywhere', () => {
    const cites = scopeCitations(channels, reminders);
    expect(cites.length).toBeGreaterThan(50);
    expect(cites.filter((c) => !knownProvisions.has(c.id))).toEqual([]);
  });

  it('gives every rule and default at least one citation', () => {
    for (const c of channels) {
      for (const r of c.rules) expect(r.cites.length, `${c.id}/${r.id}`).toBeGreaterThan(0);
      expect(c.default.cites.length, c.id).toBeGreaterThan(0);
    }
  });

  it('fills the domain question from DOMAINS', () => {
    const domain = questions.find((q) => q.id === 'domain')!;
    expect(domain.options.map((o) => o.value)).toContain('劳动争议');
    expect(domain.options.length).toBeGreaterThan(15);
  });

  it('has reminders for the principles that always apply', () => {
    expect(reminders.map((r) => r.title)).toEqual(expect.arrayContaining(['自愿', '合法', '中立', '平等', '告知救济']));
  });
});

// ---------------------------------------------------------------------------------------------
// Scenario table: disputes as an official at the window would describe them.

type Short = Record<string, string | string[]>;
const A = (short: Short): Answers =>
  Object.fromEntries(Object.entries(short).map(([k, v]) => [k, Array.isArray(v) ? v : [v]]));

// The usual answers for “both sides are willing, nothing forbids it, never mediated”.
const WILLING = { refuses: 'no', reserved: 'no', mediated: 'none' } as const;

interface Scenario {
  says: string;
  answers: Short;
  expect: Record<ChannelId, Verdict>;
  /** Provision ids that must appear among the reasons of the given channels. */
  cites?: Partial<Record<ChannelId, string[]>>;
  /** Rule ids that must be among the reasons (deciding) of the given channels. */
  rules?: Partial<Record<ChannelId, string[]>>;
  /** Text that must appear in a channel's next steps. */
  next?: Partial<Record<ChannelId, string>>;
}

const AP: Verdict = 'applicable';
const NA: Verdict = 'not-applicable';
const NR: Verdict = 'needs-review';

const scenarios: Scenario[] = [
  {
    says: '李某与邻居因装修噪音争吵，到信访局反映，双方均愿意调解',
    answers: { parties: 'citizen', subject: 'civil-private', domain: '邻里纠纷', route: 'petition', ...WILLING, complexity: 'single' },
    expect: { 'xingzheng-tiaojie': NA, fangdiao: AP, shujie: NA, 'fuyi-tiaojie': NA, 'qita-tujing': NR },
    cites: { fangdiao: ['fangdiao-lhasa-2019/5.1.1'], 'xingzheng-tiaojie': ['xingzheng-tiaojie-zhou-2022/1'] },
    next: { fangdiao: '移送函' },
  },
  {
    says: '王某等12名农民工到信访局反映某建筑公司拖欠工资，双方愿意调解，涉及住建、人社两个部门',
    answers: { parties: ['citizen', 'org'], subject: 'civil-linked', domain: '劳动争议', route: 'petition', ...WILLING, complexity: 'multi' },
    expect: { 'xingzheng-tiaojie': AP, fangdiao: AP, shujie: NA, 'fuyi-tiaojie': NA, 'qita-tujing': NR },
    cites: { 'xingzheng-tiaojie': ['xingzheng-tiaojie-zhou-2022/1.2'], fangdiao: ['fangdiao-lhasa-2019/5.1.2'] },
    rules: { 'xingzheng-tiaojie': ['fanwei-guanlian', 'fanwei-guanlian-zhongdian'] },
    next: { 'xingzheng-tiaojie': '最初受理的部门或涉及主要管理工作的部门牵头', fangdiao: '人民调解指导中心' },
  },
  {
    says: '张某对区市场监管局的罚款决定不服，到司法局窗口要求调解；已申请行政复议，尚未决定；罚款数额在裁量范围内',
    answers: { parties: ['citizen', 'organ'], subject: 'admin-act', domain: '行政处罚', route: 'window', ...WILLING, review: 'pending', legality: 'discretion', complexity: 'single' },
    expect: { 'xingzheng-tiaojie': AP, fangdiao: NA, shujie: AP, 'fuyi-tiaojie': AP, 'qita-tujing': NR },
    cites: {
      'xingzheng-tiaojie': ['xingzheng-tiaojie-zhou-2022/1.1'],
      shujie: ['xx-xian-shujie-2023/2.2', 'xx-xian-shujie-2023/2.3'],
      'fuyi-tiaojie': ['xingzheng-tiaojie-zhou-2022/3.2'],
    },
    rules: { 'fuyi-tiaojie': ['fuyi-zai-ban', 'ziyou-cailiang'], shujie: ['zhifa-chufa'] },
    next: { shujie: '引导复议申请人', 'xingzheng-tiaojie': '由该职能部门负责解决' },
  },
  {
    says: '某公司对县市场监管局吊销营业执照不服，已申请复议；初步看处罚程序违法',
    answers: { parties: ['org', 'organ'], subject: 'admin-act', domain: '行政处罚', route: 'window', ...WILLING, review: 'pending', legality: 'appears-unlawful', complexity: 'single' },
    expect: { 'xingzheng-tiaojie': NR, fangdiao: NA, shujie: AP, 'fuyi-tiaojie': NR, 'qita-tujing': NR },
    cites: {
      'fuyi-tiaojie': ['quangang-xingzheng-zhengyi-2020/3.3'],
      'xingzheng-tiaojie': ['xingzheng-tiaojie-zhou-2022/2.2'],
      shujie: ['xx-xian-shujie-2023/3.4'],
    },
    rules: { 'fuyi-tiaojie': ['keneng-weifa'] },
  },
  {
    says: '村民拒绝调解，坚持要求撤销镇政府的拆迁补偿决定，尚未申请复议',
    answers: { parties: ['citizen', 'organ'], subject: 'admin-act', domain: '征地拆迁', route: 'window', refuses: 'yes', reserved: 'no', mediated: 'none', review: 'none', legality: 'unclear', complexity: 'single' },
    expect: { 'xingzheng-tiaojie': NA, fangdiao: NA, shujie: NR, 'fuyi-tiaojie': NA, 'qita-tujing': AP },
    cites: {
      'xingzheng-tiaojie': ['xingzheng-tiaojie-zhou-2022/2.1', 'xingzheng-tiaojie-zhou-2022/3.1'],
      shujie: ['sichuan-da-tiaojie-2015/3.7', 'xx-xian-shujie-2023/3.4'],
      'qita-tujing': ['sichuan-da-tiaojie-2015/3.7'],
    },
    rules: { 'fuyi-tiaojie': ['wei-shenqing-fuyi', 'bu-tongyi'], 'qita-tujing': ['bu-yuan-tiaojie'] },
  },
  {
    says: '夫妻因离婚财产分割到信访局反映，女方明确拒绝调解',
    answers: { parties: 'citizen', subject: 'civil-linked', domain: '婚姻家庭', route: 'petition', refuses: 'yes', reserved: 'no', mediated: 'none', complexity: 'single' },
    expect: { 'xingzheng-tiaojie': NA, fangdiao: NA, shujie: NA, 'fuyi-tiaojie': NA, 'qita-tujing': AP },
    cites: { fangdiao: ['fangdiao-lhasa-2019/5.2.2'] },
    rules: { 'qita-tujing': ['wu-qudao-minshi', 'bu-yuan-tiaojie'] },
    next: { fangdiao: '按信访程序登记办理' },
  },
  {
    says: '两户村民宅基地边界纠纷，已经村人民调解委员会调解达成协议，一方反悔后到信访局反映',
    answers: { parties: 'citizen', subject: 'civil-private', domain: '邻里纠纷', route: 'petition', refuses: 'no', reserved: 'no', mediated: 'rm-agreement', complexity: 'single' },
    expect: { 'xingzheng-tiaojie': NA, fangdiao: NA, shujie: NA, 'fuyi-tiaojie': NA, 'qita-tujing': AP },
    cites: { fangdiao: ['fangdiao-lhasa-2019/5.2.3'] },
    next: { fangdiao: '司法确认' },
  },
  {
    says: '交通事故赔偿，交警调解未达成协议，伤者到司法局窗口',
    answers: { parties: 'citizen', subject: 'civil-linked', domain: '道路交通', route: 'window', refuses: 'no', reserved: 'no', mediated: 'admin-failed', complexity: 'single' },
    expect: { 'xingzheng-tiaojie': NA, fangdiao: NA, shujie: NA, 'fuyi-tiaojie': NA, 'qita-tujing': AP },
    cites: { 'xingzheng-tiaojie': ['xingzheng-tiaojie-zhou-2022/3.1'], 'qita-tujing': ['xingzheng-tiaojie-zhou-2022/3.1'] },
    rules: { 'xingzheng-tiaojie': ['yi-tiaojie-wei-cheng'], 'qita-tujing': ['tiaojie-bucheng'] },
  },
  {
    says: '县委交办：村民与村委会之间的土地承包纠纷，涉及多户，情况复杂，依法可以人民调解',
    answers: { parties: ['citizen', 'org'], subject: 'civil-linked', domain: '土地承包', route: 'assigned', ...WILLING, complexity: 'major' },
    expect: { 'xingzheng-tiaojie': AP, fangdiao: AP, shujie: NA, 'fuyi-tiaojie': NA, 'qita-tujing': NR },
    cites: { fangdiao: ['fangdiao-lhasa-2019/5.1.3', 'fangdiao-lhasa-2019/5.1.2'] },
    next: { 'xingzheng-tiaojie': '政府法制部门', fangdiao: '联席会议' },
  },
  {
    says: '群众到信访局反映城管没收了摊位上的东西，要求返还，事实还没查清',
    answers: { parties: ['citizen', 'organ'], subject: 'admin-act', domain: '行政处罚', route: 'petition', ...WILLING, review: 'none', legality: 'unclear', complexity: 'single' },
    expect: { 'xingzheng-tiaojie': NR, fangdiao: NA, shujie: AP, 'fuyi-tiaojie': NA, 'qita-tujing': NR },
    cites: { fangdiao: ['fangdiao-lhasa-2019/5.1'], 'xingzheng-tiaojie': ['xingzheng-tiaojie-zhou-2022/1'] },
    rules: { fangdiao: ['xingzheng-xingwei'], 'xingzheng-tiaojie': ['shishi-buqing'] },
  },
  {
    says: '党委政府交办的信访事项：职工对县人社局不予认定工伤不服',
    answers: { parties: ['citizen', 'organ'], subject: 'admin-act', domain: '工伤赔偿', route: 'assigned', ...WILLING, review: 'none', legality: 'discretion', complexity: 'single' },
    expect: { 'xingzheng-tiaojie': AP, fangdiao: NR, shujie: AP, 'fuyi-tiaojie': NA, 'qita-tujing': NR },
    cites: { fangdiao: ['fangdiao-lhasa-2019/5.1.3', 'fangdiao-lhasa-2019/6.2'] },
    rules: { fangdiao: ['xingzheng-xingwei-jiaoban'] },
  },
  {
    says: '两家公司之间的货款纠纷，一方到信访局反映，说与行政机关无关',
    answers: { parties: 'org', subject: 'civil-private', domain: '合同债务', route: 'petition', ...WILLING, complexity: 'single' },
    expect: { 'xingzheng-tiaojie': NR, fangdiao: NR, shujie: NA, 'fuyi-tiaojie': NA, 'qita-tujing': NR },
    rules: { 'xingzheng-tiaojie': ['wu-guanlian-hecha'], fangdiao: ['faren-zhijian'] },
    cites: { 'xingzheng-tiaojie': ['xingzheng-tiaojie-zhou-2022/1.2'] },
  },
  {
    says: '邻居家的狗咬伤了孩子，双方为赔偿争执，直接到司法所窗口',
    answers: { parties: 'citizen', subject: 'civil-private', domain: '邻里纠纷', route: 'window', ...WILLING },
    expect: { 'xingzheng-tiaojie': NA, fangdiao: NA, shujie: NA, 'fuyi-tiaojie': NA, 'qita-tujing': AP },
    rules: { 'qita-tujing': ['wu-qudao-minshi'], fangdiao: ['bu-shi-xinfang'] },
    next: { 'qita-tujing': '人民调解组织', fangdiao: '人民调解组织' },
  },
  {
    says: '亲戚之间借钱不还，借款人直接来司法所窗口',
    answers: { parties: 'citizen', subject: 'civil-private', domain: '合同债务', route: 'window', ...WILLING },
    expect: { 'xingzheng-tiaojie': NR, fangdiao: NA, shujie: NA, 'fuyi-tiaojie': NA, 'qita-tujing': NR },
  },
  {
    says: '患者家属与医院就手术后死亡的赔偿争执，到信访局反映；是否只能由专门机关处理拿不准',
    answers: { parties: ['citizen', 'org'], subject: 'civil-linked', domain: '医疗纠纷', route: 'petition', refuses: 'no', reserved: 'unsure', mediated: 'none', complexity: 'major' },
    expect: { 'xingzheng-tiaojie': NR, fangdiao: NR, shujie: NA, 'fuyi-tiaojie': NA, 'qita-tujing': NR },
    cites: { fangdiao: ['fangdiao-lhasa-2019/5.2.1'], 'xingzheng-tiaojie': ['xingzheng-tiaojie-zhou-2022/2.2'] },
  },
  {
    says: '斗殴致人重伤、已涉嫌犯罪，伤者家属到信访局要求调解赔偿；法律规定由专门机关处理',
    answers: { parties: 'citizen', subject: 'civil-linked', domain: '治安管理', route: 'petition', refuses: 'no', reserved: 'yes', mediated: 'none', complexity: 'single' },
    expect: { 'xingzheng-tiaojie': NA, fangdiao: NA, shujie: NA, 'fuyi-tiaojie': NA, 'qita-tujing': AP },
    cites: { fangdiao: ['fangdiao-lhasa-2019/5.2.1'], 'qita-tujing': ['sichuan-da-tiaojie-2015/3.7'] },
    rules: { 'qita-tujing': ['wu-qudao-minshi', 'fa-buneng-tiaojie'] },
  },
  {
    says: '行政复议已经作出维持决定，申请人仍不服，到司法局要求调解',
    answers: { parties: ['citizen', 'organ'], subject: 'admin-act', domain: '行政许可', route: 'window', ...WILLING, review: 'decided', legality: 'discretion', complexity: 'single' },
    expect: { 'xingzheng-tiaojie': AP, fangdiao: NA, shujie: AP, 'fuyi-tiaojie': NA, 'qita-tujing': AP },
    rules: { 'fuyi-tiaojie': ['fuyi-yi-jueding'], 'qita-tujing': ['fuyi-yi-jueding'] },
    cites: { 'fuyi-tiaojie': ['xingzheng-tiaojie-zhou-2022/3.2'] },
  },
  {
    says: '已经提起行政诉讼的征收补偿协议争议，事实尚未查清',
    answers: { parties: ['citizen', 'organ'], subject: 'admin-act', domain: '行政协议', route: 'window', ...WILLING, review: 'litigation', legality: 'unclear', complexity: 'single' },
    expect: { 'xingzheng-tiaojie': NR, fangdiao: NA, shujie: AP, 'fuyi-tiaojie': NA, 'qita-tujing': NR },
    cites: { 'fuyi-tiaojie': ['quangang-xingzheng-zhengyi-2020/3.1'] },
    next: { shujie: '3个工作日内向县行政争议纾解中心报备' },
  },
  {
    says: '两户村民争地界，镇政府作出处理决定后一方不服，到信访局反映；处理在裁量范围内',
    answers: { parties: ['citizen', 'organ'], subject: 'civil-then-admin', domain: '土地承包', route: 'petition', ...WILLING, review: 'none', legality: 'discretion', complexity: 'multi' },
    expect: { 'xingzheng-tiaojie': AP, fangdiao: NR, shujie: AP, 'fuyi-tiaojie': NA, 'qita-tujing': NR },
    cites: { 'xingzheng-tiaojie': ['xingzheng-tiaojie-zhou-2022/1.3'], shujie: ['xingzheng-tiaojie-zhou-2022/1.3'] },
    rules: { fangdiao: ['minshi-hou-xingzheng-jieru'] },
  },
  {
    says: '消费者与网店因退货争执，到市场监管局窗口投诉，双方愿意调解',
    answers: { parties: ['citizen', 'org'], subject: 'civil-linked', domain: '消费维权', route: 'window', ...WILLING, complexity: 'single' },
    expect: { 'xingzheng-tiaojie': AP, fangdiao: NA, shujie: NA, 'fuyi-tiaojie': NA, 'qita-tujing': NR },
    rules: { 'xingzheng-tiaojie': ['fanwei-guanlian', 'fanwei-guanlian-zhongdian'] },
    next: { 'xingzheng-tiaojie': '制作调解书' },
  },
  {
    says: '业主与物业公司因物业费争执，到信访局反映；业主愿不愿意调解还没问',
    answers: { parties: ['citizen', 'org'], subject: 'civil-linked', domain: '物业服务', route: 'petition', refuses: 'unknown', reserved: 'no', mediated: 'none', complexity: 'single' },
    expect: { 'xingzheng-tiaojie': NR, fangdiao: NR, shujie: NA, 'fuyi-tiaojie': NA, 'qita-tujing': NR },
    cites: { fangdiao: ['fangdiao-lhasa-2019/6.1'], 'xingzheng-tiaojie': ['xingzheng-tiaojie-zhou-2022/2.1'] },
  },
  {
    says: '对社保局核定的养老金待遇不服，复议正在办理，申请人是否同意调解还不清楚',
    answers: { parties: ['citizen', 'organ'], subject: 'admin-act', domain: '社会保障', route: 'window', refuses: 'unknown', reserved: 'no', mediated: 'none', review: 'pending', legality: 'discretion', complexity: 'single' },
    expect: { 'xingzheng-tiaojie': NR, fangdiao: NA, shujie: AP, 'fuyi-tiaojie': NR, 'qita-tujing': NR },
    rules: { 'fuyi-tiaojie': ['yiyuan-buming'] },
  },
  {
    says: '公司对不予许可决定申请复议，复议机关还在调查，事实不清',
    answers: { parties: ['org', 'organ'], subject: 'admin-act', domain: '行政许可', route: 'window', ...WILLING, review: 'pending', legality: 'unclear', complexity: 'single' },
    expect: { 'xingzheng-tiaojie': NR, fangdiao: NA, shujie: AP, 'fuyi-tiaojie': NR, 'qita-tujing': NR },
    rules: { 'fuyi-tiaojie': ['shishi-buqing'] },
    cites: { 'fuyi-tiaojie': ['quangang-xingzheng-zhengyi-2020/3.3'] },
  },
  {
    says: '派出所排查中发现村民对治安罚款不服（登记时当事人只填了村民）',
    answers: { parties: 'citizen', subject: 'admin-act', domain: '治安管理', route: 'found', ...WILLING, review: 'none', legality: 'discretion', complexity: 'single' },
    expect: { 'xingzheng-tiaojie': NR, fangdiao: NA, shujie: NR, 'fuyi-tiaojie': NA, 'qita-tujing': NR },
    rules: { 'xingzheng-tiaojie': ['xingzheng-jiufen-wu-jiguan'], shujie: ['wu-xingzheng-jiguan'] },
  },
  {
    says: '劳动争议经人民调解委员会调解终止，职工到人社局窗口',
    answers: { parties: ['citizen', 'org'], subject: 'civil-linked', domain: '劳动争议', route: 'window', refuses: 'no', reserved: 'no', mediated: 'rm-terminated', complexity: 'single' },
    expect: { 'xingzheng-tiaojie': AP, fangdiao: NA, shujie: NA, 'fuyi-tiaojie': NA, 'qita-tujing': AP },
    rules: { fangdiao: ['bu-shi-xinfang', 'yi-tiaojie'], 'qita-tujing': ['tiaojie-bucheng'] },
    cites: { 'qita-tujing': ['fangdiao-lhasa-2019/6.3'] },
  },
  {
    says: '环保部门已调解达成协议的污染赔偿纠纷，村民又到信访局反映',
    answers: { parties: ['citizen', 'org'], subject: 'civil-linked', domain: '环境污染', route: 'petition', refuses: 'no', reserved: 'no', mediated: 'admin-agreement', complexity: 'single' },
    expect: { 'xingzheng-tiaojie': NA, fangdiao: NR, shujie: NA, 'fuyi-tiaojie': NA, 'qita-tujing': NR },
    rules: { 'xingzheng-tiaojie': ['yi-da-cheng-xieyi'], fangdiao: ['xingzheng-tiaojie-xieyi'] },
    cites: { fangdiao: ['fangdiao-lhasa-2019/5.2.4'] },
  },
  {
    says: '学生家长与学校因校园欺凌赔偿争执，直接到教育局',
    answers: { parties: ['citizen', 'org'], subject: 'civil-linked', domain: '校园纠纷', route: 'window', ...WILLING, complexity: 'single' },
    expect: { 'xingzheng-tiaojie': AP, fangdiao: NA, shujie: NA, 'fuyi-tiaojie': NA, 'qita-tujing': NR },
    rules: { 'xingzheng-tiaojie': ['fanwei-guanlian'] },
  },
  {
    says: '村民与镇政府之间的门面房租赁欠租纠纷，到信访局反映',
    answers: { parties: ['citizen', 'organ'], subject: 'civil-private', domain: '房屋租赁', route: 'petition', ...WILLING, complexity: 'single' },
    expect: { 'xingzheng-tiaojie': NA, fangdiao: AP, shujie: NA, 'fuyi-tiaojie': NA, 'qita-tujing': NR },
    rules: { fangdiao: ['yu-jiguan-minshi'] },
    cites: { fangdiao: ['fangdiao-lhasa-2019/5.1.2'] },
  },
  {
    says: '对罚款不服，但法律规定此事不得调解；尚未申请复议',
    answers: { parties: ['citizen', 'organ'], subject: 'admin-act', domain: '行政处罚', route: 'window', refuses: 'no', reserved: 'yes', mediated: 'none', review: 'none', legality: 'discretion', complexity: 'single' },
    expect: { 'xingzheng-tiaojie': NA, fangdiao: NA, shujie: NA, 'fuyi-tiaojie': NA, 'qita-tujing': AP },
    rules: { 'qita-tujing': ['wu-qudao-xingzheng', 'fa-buneng-tiaojie'] },
    cites: { 'qita-tujing': ['xingzheng-tiaojie-zhou-2022/3.2'] },
  },
  {
    says: '刚开始登记：只知道是劳动方面的民事纠纷',
    answers: { subject: 'civil-linked', domain: '劳动争议' },
    expect: { 'xingzheng-tiaojie': NR, fangdiao: NR, shujie: NA, 'fuyi-tiaojie': NA, 'qita-tujing': NR },
    rules: { 'xingzheng-tiaojie': ['unanswered'] },
  },
];

describe('scope scenarios', () => {
  it('has at least 25 scenarios', () => expect(scenarios.length).toBeGreaterThanOrEqual(25));

  it.each(scenarios)('$says', (s) => {
    const answers = A(s.answers);
    // Every answer in the table is to a question that is actually asked, with a valid value.
    const visible = visibleQuestions(questions, answers);
    expect(visible.answers).toEqual(answers);
    expect(answersFromParams(answersToParams(answers, questions), questions)).toEqual(answers);

    const results = evaluateAll(channels, answers, questions);
    expect(results.map((r) => r.channel.id)).toEqual([...CHANNEL_IDS]);
    const byId = Object.fromEntries(results.map((r) => [r.channel.id, r]));
    const verdicts = Object.fromEntries(results.map((r) => [r.channel.id, r.verdict]));
    expect(verdicts).toEqual(s.expect);

    for (const r of results) {
      expect(r.reasons.length, `${r.channel.id}: at least one reason`).toBeGreaterThan(0);
      for (const reason of r.reasons) {
        expect(reason.verdict).toBe(r.verdict);
        if (reason.ruleId !== 'unanswered') expect(reason.cites.length, `${r.channel.id}/${reason.ruleId}`).toBeGreaterThan(0);
      }
    }
    for (const [id, cites] of Object.entries(s.cites ?? {})) {
      const cited = byId[id]!.reasons.flatMap((r) => r.cites);
      expect(cited, `${id} cites`).toEqual(expect.arrayContaining(cites));
    }
    for (const [id, rules] of Object.entries(s.rules ?? {})) {
      expect(byId[id]!.reasons.map((r) => r.ruleId), `${id} rules`).toEqual(expect.arrayContaining(rules));
    }
    for (const [id, text] of Object.entries(s.next ?? {})) {
      expect(byId[id]!.next.map((n) => n.text).join('\n'), `${id} next`).toContain(text);
    }
  });

  it('lists every not-applicable reason that applies, not just the first', () => {
    const answers = A({ parties: 'citizen', subject: 'civil-private', domain: '邻里纠纷', route: 'petition', refuses: 'yes', reserved: 'yes', mediated: ['rm-terminated'], complexity: 'single' });
    const fangdiao = evaluateAll(channels, answers, questions).find((r) => r.channel.id === 'fangdiao')!;
    expect(fangdiao.verdict).toBe('not-applicable');
    expect(fangdiao.reasons.flatMap((r) => r.cites)).toEqual(
      expect.arrayContaining(['fangdiao-lhasa-2019/5.2.1', 'fangdiao-lhasa-2019/5.2.2', 'fangdiao-lhasa-2019/5.2.3']),
    );
    // The suitable kind it would otherwise fall under is still shown, as context.
    expect(fangdiao.alsoNoted.map((r) => r.ruleId)).toContain('gongmin-zhijian');
  });

  it('drops answers to questions that are no longer asked before judging', () => {
    // A stale “复议正在办理” answer from an earlier admin-act answer must not make 复议调解 applicable.
    const answers = A({ parties: ['citizen', 'org'], subject: 'civil-linked', domain: '消费维权', route: 'window', ...WILLING, complexity: 'single', review: 'pending', legality: 'discretion' });
    const fuyi = evaluateAll(channels, answers, questions).find((r) => r.channel.id === 'fuyi-tiaojie')!;
    expect(fuyi.verdict).toBe('not-applicable');
    expect(fuyi.alsoNoted).toEqual([]);
  });

  it('ignores injected channel verdicts in the answers', () => {
    const answers = A({ parties: 'citizen', subject: 'civil-private', domain: '邻里纠纷', route: 'petition', ...WILLING, complexity: 'single' });
    const forged = { ...answers, '@xingzheng-tiaojie': ['not-applicable'], '@fangdiao': ['not-applicable'] };
    expect(evaluateAll(channels, forged, questions).at(-1)!.verdict).toBe('needs-review');
  });
});

// ---------------------------------------------------------------------------------------------
// The engine on small fixtures.

const q = (id: string, values: string[], extra: Partial<ScopeQuestion> = {}): ScopeQuestion => ({
  id,
  text: `问题 ${id}`,
  options: values.map((v) => ({ value: v, label: v })),
  order: 0,
  ...extra,
});

describe('holds', () => {
  const answers: Answers = { a: ['x', 'y'], b: ['z'], empty: [] };
  it.each<[Condition, boolean]>([
    [{ q: 'a', in: ['x'] }, true],
    [{ q: 'a', in: ['w', 'y'] }, true],
    [{ q: 'a', in: ['w'] }, false],
    [{ q: 'missing', in: ['x'] }, false],
    [{ q: 'empty', in: ['x'] }, false],
    [{ not: { q: 'missing', in: ['x'] } }, true],
    [{ all: [{ q: 'a', in: ['x'] }, { q: 'b', in: ['z'] }] }, true],
    [{ all: [{ q: 'a', in: ['x'] }, { q: 'b', in: ['x'] }] }, false],
    [{ any: [{ q: 'a', in: ['w'] }, { q: 'b', in: ['z'] }] }, true],
    [{ any: [] }, false],
    [{ all: [] }, true],
    [{ not: { all: [{ q: 'a', in: ['x'] }, { not: { q: 'b', in: ['z'] } }] } }, true],
  ])('%j → %s', (cond, expected) => {
    expect(holds(cond, answers)).toBe(expected);
  });

  it('implies() is sound on the cases the data check relies on', () => {
    const x: Condition = { q: 'a', in: ['x'] };
    const xy: Condition = { q: 'a', in: ['x', 'y'] };
    expect(implies(x, xy)).toBe(true);
    expect(implies(xy, x)).toBe(false);
    expect(implies({ all: [x, { q: 'b', in: ['z'] }] }, xy)).toBe(true);
    expect(implies(x, { any: [{ q: 'b', in: ['z'] }, xy] })).toBe(true);
    expect(implies({ not: xy }, { not: x })).toBe(true);
    expect(implies({ not: x }, { not: xy })).toBe(false);
  });
});

describe('visibleQuestions', () => {
  const qs = [
    q('kind', ['admin', 'civil'], { order: 1 }),
    q('review', ['none', 'pending'], { order: 2, askIf: { q: 'kind', in: ['admin'] } }),
    q('legal', ['ok', 'bad'], { order: 3, askIf: { q: 'review', in: ['pending'] } }),
    q('always', ['p', 'q'], { order: 4 }),
  ];
  it('asks follow-up questions only when their condition holds', () => {
    expect(visibleQuestions(qs, {}).questions.map((x) => x.id)).toEqual(['kind', 'always']);
    expect(visibleQuestions(qs, { kind: ['admin'] }).questions.map((x) => x.id)).toEqual(['kind', 'review', 'always']);
    expect(visibleQuestions(qs, { kind: ['admin'], review: ['pending'] }).questions.map((x) => x.id)).toEqual(['kind', 'review', 'legal', 'always']);
  });
  it('drops answers to hidden questions, in cascade', () => {
    const v = visibleQuestions(qs, { kind: ['civil'], review: ['pending'], legal: ['bad'], always: ['p'] });
    expect(v.answers).toEqual({ kind: ['civil'], always: ['p'] });
  });
  it('sorts by order whatever the list order', () => {
    expect(visibleQuestions([...qs].reverse(), { kind: ['admin'] }).questions.map((x) => x.id)).toEqual(['kind', 'review', 'always']);
  });
  it('names the questions still to answer', () => {
    expect(unansweredQuestions(qs, { kind: ['admin'] }).map((x) => x.id)).toEqual(['review', 'always']);
  });
  it('on the real data, hides 复议 questions for civil disputes', () => {
    const ids = visibleQuestions(questions, { subject: ['civil-private'], route: ['window'] }).questions.map((x) => x.id);
    expect(ids).not.toContain('review');
    expect(ids).not.toContain('legality');
    expect(ids).not.toContain('complexity');
    expect(visibleQuestions(questions, { subject: ['admin-act'] }).questions.map((x) => x.id)).toEqual(
      expect.arrayContaining(['review', 'legality', 'complexity']),
    );
  });
});

describe('answers in the URL', () => {
  const qs = [
    q('parties', ['citizen', 'org', 'organ'], { order: 1, multiple: true }),
    q('subject', ['admin-act', 'civil'], { order: 2 }),
    q('review', ['none', 'pending'], { order: 3, askIf: { q: 'subject', in: ['admin-act'] } }),
    { ...q('domain', [], { order: 4 }), optionsFrom: 'domains' as const },
  ];
  it('round-trips through URLSearchParams and a query string', () => {
    const answers: Answers = { parties: ['citizen', 'organ'], subject: ['admin-act'], review: ['pending'], domain: ['征地拆迁'] };
    const params = answersToParams(answers, qs);
    expect(params.getAll('parties')).toEqual(['citizen', 'organ']);
    const again = answersFromParams(new URLSearchParams(`?${params.toString()}`), qs);
    expect(again).toEqual(answers);
  });
  it('writes values in option order, so equal answers give equal URLs', () => {
    expect(answersToParams({ parties: ['organ', 'citizen'] }, qs).toString()).toBe(answersToParams({ parties: ['citizen', 'organ'] }, qs).toString());
  });
  it('ignores unknown keys, unknown values, extra values of single-choice questions and hidden questions', () => {
    const params = new URLSearchParams('parties=citizen&parties=alien&parties=citizen&subject=civil&subject=admin-act&review=pending&utm_source=x&domain=火星');
    expect(answersFromParams(params, qs)).toEqual({ parties: ['citizen'], subject: ['civil'] });
  });
  it('round-trips every scenario of the real data', () => {
    for (const s of scenarios) {
      const answers = A(s.answers);
      expect(answersFromParams(new URLSearchParams(answersToParams(answers, questions).toString()), questions)).toEqual(answers);
    }
  });
});

describe('evaluateChannel', () => {
  const qs = [q('who', ['a', 'b'], { order: 1 }), q('refuse', ['yes', 'no'], { order: 2 })];
  const channel: ScopeChannel = {
    id: 'test',
    title: '测试',
    order: 1,
    summary: '测试渠道',
    rules: [
      { id: 'fits', when: { q: 'who', in: ['a'] }, verdict: 'applicable', reason: '属于', cites: ['x/1'], next: [{ text: '去办', cites: ['x/2'] }, { text: '只有拒绝时', when: { q: 'refuse', in: ['yes'] } }] },
      { id: 'refused', when: { q: 'refuse', in: ['yes'] }, verdict: 'not-applicable', reason: '拒绝', cites: ['x/3'], next: [{ text: '告知救济' }] },
      { id: 'other', when: { q: 'who', in: ['b'] }, verdict: 'needs-review', reason: '核实', cites: ['x/4'] },
    ],
    default: { verdict: 'needs-review', reason: '无法判断', cites: ['x/5'] },
  };
  it('uses the default when no rule holds', () => {
    const r = evaluateChannel(channel, {});
    expect(r.verdict).toBe('needs-review');
    expect(r.reasons.map((x) => x.ruleId)).toEqual(['default']);
  });
  it('takes the strongest verdict and keeps weaker reasons as context', () => {
    const r = evaluateChannel(channel, { who: ['a'], refuse: ['yes'] });
    expect(r.verdict).toBe('not-applicable');
    expect(r.reasons.map((x) => x.ruleId)).toEqual(['refused']);
    expect(r.alsoNoted.map((x) => x.ruleId)).toEqual(['fits']);
    expect(r.next.map((n) => n.text)).toEqual(['告知救济']);
  });
  it('shows next steps of the deciding rules whose own condition holds', () => {
    const r = evaluateChannel(channel, { who: ['a'], refuse: ['no'] });
    expect(r.verdict).toBe('applicable');
    expect(r.next).toEqual([{ text: '去办', cites: ['x/2'] }]);
  });
  it('does not call a channel applicable while a question it depends on is unanswered', () => {
    const r = evaluateChannel(channel, { who: ['a'] }, qs);
    expect(r.verdict).toBe('needs-review');
    expect(r.unanswered).toEqual(['refuse']);
    expect(r.reasons[0]!.text).toContain('问题 refuse');
    expect(r.alsoNoted.map((x) => x.ruleId)).toContain('fits');
    // but a channel already closed stays closed
    expect(evaluateChannel(channel, { refuse: ['yes'] }, qs).verdict).toBe('not-applicable');
  });
});

describe('checkRuleData', () => {
  const qs = [q('who', ['a', 'b'], { order: 1 }), q('refuse', ['yes', 'no'], { order: 2 })];
  const base = (rules: ScopeChannel['rules']): ScopeChannel => ({
    id: 'c',
    title: '渠道',
    order: 1,
    summary: '测试渠道',
    rules,
    default: { verdict: 'needs-review', reason: '无法判断', cites: ['x/1'] },
  });
  const ok = base([
    { id: 'r1', when: { q: 'who', in: ['a'] }, verdict: 'applicable', reason: '属于', cites: ['x/1'] },
    { id: 'r2', when: { q: 'refuse', in: ['yes'] }, verdict: 'not-applicable', reason: '拒绝', cites: ['x/1'] },
  ]);

  it('accepts consistent data', () => {
    expect(checkRuleData(qs, [ok])).toEqual([]);
  });
  it('catches two rules with the same condition and different verdicts', () => {
    const c = base([
      { id: 'r1', when: { all: [{ q: 'who', in: ['a'] }, { q: 'refuse', in: ['no'] }] }, verdict: 'applicable', reason: '属于', cites: ['x/1'] },
      // same condition, written in another order
      { id: 'r2', when: { all: [{ q: 'refuse', in: ['no'] }, { q: 'who', in: ['a'] }] }, verdict: 'not-applicable', reason: '不属于', cites: ['x/1'] },
    ]);
    const errors = checkRuleData(qs, [c]);
    expect(errors.some((e) => e.includes('r1') && e.includes('r2') && e.includes('结论却不同'))).toBe(true);
  });
  it('catches a rule that can never decide because a stronger rule always holds with it', () => {
    const c = base([
      { id: 'wide', when: { q: 'who', in: ['a', 'b'] }, verdict: 'not-applicable', reason: '都不行', cites: ['x/1'] },
      { id: 'narrow', when: { all: [{ q: 'who', in: ['a'] }, { q: 'refuse', in: ['no'] }] }, verdict: 'applicable', reason: '可以', cites: ['x/1'] },
    ]);
    expect(checkRuleData(qs, [c]).some((e) => e.includes('narrow') && e.includes('永远不会决定结论'))).toBe(true);
  });
  it('catches an unknown question', () => {
    const c = base([...ok.rules, { id: 'r3', when: { q: 'who-is-it', in: ['a'] }, verdict: 'needs-review', reason: '核实', cites: ['x/1'] }]);
    expect(checkRuleData(qs, [c])).toEqual([expect.stringContaining('不存在的问题 “who-is-it”')]);
  });
  it('catches an unknown option value, also inside not/any and next.when', () => {
    const c = base([
      ...ok.rules,
      {
        id: 'r3',
        when: { any: [{ q: 'who', in: ['b'] }, { not: { q: 'refuse', in: ['maybe'] } }] },
        verdict: 'needs-review',
        reason: '核实',
        cites: ['x/1'],
        next: [{ text: '下一步', when: { q: 'who', in: ['c'] } }],
      },
    ]);
    const errors = checkRuleData(qs, [c]);
    expect(errors).toEqual([expect.stringContaining('没有选项值 “maybe”'), expect.stringContaining('没有选项值 “c”')]);
  });
  it('catches a channel without a default', () => {
    const { default: _omit, ...rest } = ok;
    expect(checkRuleData(qs, [rest as ScopeChannel])).toEqual([expect.stringContaining('缺少 default')]);
  });
  it('catches askIf on a later question and references to later channels', () => {
    const qs2 = [q('first', ['x', 'y'], { order: 1, askIf: { q: 'second', in: ['x'] } }), q('second', ['x', 'y'], { order: 2 })];
    const c1 = { ...base([{ id: 'r', when: { q: 'first', in: ['x'] }, verdict: 'applicable', reason: '属于', cites: ['x/1'] }]), id: 'c1', order: 1 } satisfies ScopeChannel;
    const c2 = { ...base([{ id: 'r', when: { q: '@c1', in: ['not-applicable'] }, verdict: 'applicable', reason: '其他', cites: ['x/1'] }]), id: 'c2', order: 2 } satisfies ScopeChannel;
    const bad = { ...base([{ id: 'r', when: { q: '@c2', in: ['not-applicable'] }, verdict: 'applicable', reason: '其他', cites: ['x/1'] }]), id: 'c0', order: 0 } satisfies ScopeChannel;
    const errors = checkRuleData(qs2, [c1, c2, bad]);
    expect(errors).toEqual([expect.stringContaining('askIf 只能依据排在前面的问题'), expect.stringContaining('只能引用排在前面')]);
  });
  it('catches duplicate rule ids and identical rules', () => {
    const c = base([...ok.rules, { id: 'r1', when: { q: 'who', in: ['a'] }, verdict: 'applicable', reason: '又一条', cites: ['x/1'] }]);
    const errors = checkRuleData(qs, [c]);
    expect(errors).toEqual(expect.arrayContaining([expect.stringContaining('规则 id “r1” 重复'), expect.stringContaining('结论也相同')]));
  });
  it('the schema rejects a malformed condition with a message an editor understands', () => {
    const r = scopeChannelSchema.safeParse({ ...ok, rules: [{ ...ok.rules[0], when: { question: 'who', values: ['a'] } }] });
    expect(r.success).toBe(false);
    expect(JSON.stringify(r.error?.issues)).toContain('条件只能写成');
  });
});
