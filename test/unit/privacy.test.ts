import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  checkCaseFile,
  findPersonalData,
  idCheckChar,
  isValidResidentId18,
  luhnValid,
  mask,
  type FindingKind,
} from '../../src/lib/privacy/scan.ts';

/** An 18-digit ID with the correct ISO 7064 MOD 11-2 check digit, computed here independently. */
function residentId(first17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((s, d, i) => s + Number(d) * weights[i]!, 0);
  return first17 + '10X98765432'[sum % 11]!;
}

/** Appends the Luhn check digit to a card number's leading digits. */
function luhnCard(body: string): string {
  for (let d = 0; d <= 9; d++) if (luhnValid(body + d)) return body + d;
  throw new Error('unreachable');
}

const kinds = (text: string): FindingKind[] => findPersonalData(text).map((f) => f.kind);
const matches = (text: string): string[] => findPersonalData(text).map((f) => f.match);

describe('resident ID numbers', () => {
  const id = residentId('11010519491231002');
  const idX = (() => {
    // find a birth sequence whose check character is X
    for (let seq = 100; seq < 999; seq++) {
      const candidate = residentId(`44030419900101${seq}`);
      if (candidate.endsWith('X')) return candidate;
    }
    throw new Error('no X');
  })();

  it('computes the check character like the standard example', () => {
    expect(idCheckChar('11010519491231002')).toBe('X');
    expect(isValidResidentId18('11010519491231002X')).toBe(true);
    expect(isValidResidentId18('110105194912310021')).toBe(false);
  });

  it('flags valid 18-digit IDs, including X and lower-case x', () => {
    expect(kinds(`身份证号${id}，`)).toEqual(['id-card']);
    expect(matches(`证件号码：${idX}。`)).toEqual([idX]);
    expect(kinds(`证件号码：${idX.toLowerCase()}。`)).toEqual(['id-card']);
    const [f] = findPersonalData(`身份证号${id}`);
    expect(f!.message).toBe(`疑似居民身份证号码（校验位正确）：${id.slice(0, 6)}********${id.slice(-4)}`);
    expect(f!.message).not.toContain(id);
  });

  it('flags a 15-digit old ID with a valid birth date', () => {
    expect(kinds('旧身份证 110105491231002 已换领')).toEqual(['id-card']);
  });

  it('does not flag an 18-digit number with a wrong check digit (and failing Luhn)', () => {
    const good = residentId('32010219880315123');
    const wrongDigit = String((Number(good[17] === 'X' ? 10 : good[17]) + 1) % 10);
    // choose a wrong last digit that also fails Luhn
    let bad = good.slice(0, 17) + wrongDigit;
    for (let d = 0; d <= 9 && (isValidResidentId18(bad) || luhnValid(bad)); d++) bad = good.slice(0, 17) + d;
    expect(isValidResidentId18(bad)).toBe(false);
    expect(luhnValid(bad)).toBe(false);
    expect(findPersonalData(`数字${bad}`)).toEqual([]);
  });

  it('does not flag an impossible birth date or an unknown province', () => {
    // (such a number may still be reported as a bank card when it happens to pass Luhn)
    expect(kinds(residentId('11010519491331002'))).not.toContain('id-card'); // month 13
    expect(kinds(residentId('11010520230229002'))).not.toContain('id-card'); // 2023-02-29
    expect(kinds(residentId('99010519491231002'))).not.toContain('id-card'); // no province 99
  });

  it('does not flag an ID inside a longer run of digits', () => {
    expect(kinds(`${id}9`)).not.toContain('id-card');
  });
});

describe('phone numbers', () => {
  it.each([
    ['电话13800138000。', '13800138000'],
    ['手机：138-0013-8000', '138-0013-8000'],
    ['手机 138 0013 8000 联系', '138 0013 8000'],
    ['+86 13912345678', '+86 13912345678'],
    ['+8613912345678', '+8613912345678'],
  ])('flags the mobile in %j', (text, match) => {
    expect(findPersonalData(text).map((f) => [f.kind, f.match])).toEqual([['mobile', match]]);
  });

  it('masks the middle of a mobile number', () => {
    expect(findPersonalData('电话13800138000')[0]!.message).toBe('疑似手机号码：138****8000');
    expect(findPersonalData('电话138-0013-8000')[0]!.message).toBe('疑似手机号码：138-****-8000');
  });

  it('does not flag an 11-digit run inside a longer number', () => {
    expect(findPersonalData('流水号 913800138000123')).toEqual([]);
    expect(findPersonalData('12345678901')).toEqual([]); // second digit 2
    expect(findPersonalData('号段 138-0013-8000-1')).toEqual([]); // a longer run
  });

  it.each([['电话010-12345678'], ['（0571）8888888'], ['(0571)88888888'], ['0755-2345678']])('flags the landline in %j', (text) => {
    expect(kinds(text)).toEqual(['landline']);
  });

  it('does not read dates, amounts or hotlines as phone numbers', () => {
    for (const text of ['2023-10-31', '2023年10月31日', '12345热线', '拨打12315投诉', '0571', '共计38000元', '15元']) {
      expect(findPersonalData(text), text).toEqual([]);
    }
  });
});

describe('bank cards', () => {
  const card = luhnCard('622202100112345678');
  it('flags a Luhn-valid card number, written together or in groups of four', () => {
    expect(kinds(`卡号${card}`)).toEqual(['bank-card']);
    const grouped = card.replace(/(\d{4})(?=\d)/g, '$1 ');
    expect(matches(`卡号 ${grouped} 收款`)).toEqual([grouped]);
    expect(findPersonalData(`卡号${card}`)[0]!.message).toBe(`疑似银行卡号（通过 Luhn 校验）：622202*********${card.slice(-4)}`);
  });
  it('does not flag a 16-digit number failing Luhn', () => {
    const bad = card.slice(0, 15) + ((Number(card[15]) + 1) % 10) + card.slice(16);
    expect(luhnValid(bad)).toBe(false);
    expect(findPersonalData(`数字${bad}`)).toEqual([]);
  });
  it('reports a valid ID as an ID even when it also passes Luhn', () => {
    for (let seq = 100; seq < 999; seq++) {
      const id = residentId(`51010719850512${seq}`);
      if (luhnValid(id) && /^\d+$/.test(id)) {
        expect(kinds(id)).toEqual(['id-card']);
        return;
      }
    }
  });
});

describe('number plates and e-mail', () => {
  it.each(['京A12345', '沪B·D12345', '粤B 12345', '浙AD12345', '苏E3456学', '川A1234F'])('flags the plate %s', (plate) => {
    expect(matches(`车牌${plate}的车辆`)).toEqual([plate]);
  });
  it('masks the plate', () => {
    expect(findPersonalData('京A12345')[0]!.message).toBe('疑似机动车号牌：京A***45');
  });
  it('does not flag plates with I or O, or ordinary text', () => {
    expect(findPersonalData('京I12345 京o12345 京AB 京ABCDE')).toEqual([]);
    expect(findPersonalData('北京市A区、上海B座')).toEqual([]);
  });
  it('flags an e-mail address', () => {
    const [f] = findPersonalData('邮箱 zhangsan@example.com。');
    expect(f).toMatchObject({ kind: 'email', match: 'zhangsan@example.com' });
    expect(f!.message).toBe('疑似电子邮箱：zh******@example.com');
  });
});

describe('names', () => {
  it.each([
    ['当事人张三向调委会申请调解', '张三'],
    ['申请人李小明认为', '李小明'],
    ['被申请人赵六于2020年', '赵六'],
    ['原告周杰。', '周杰'],
    ['被告：孙立新称', '孙立新'],
    ['村民刘二狗与邻居', '刘二狗'],
    ['调解员欧阳娜娜', '欧阳娜娜'],
  ])('flags the name in %j', (text, name) => {
    expect(findPersonalData(text).map((f) => [f.kind, f.match])).toEqual([['name', name]]);
  });

  it('flags 先生/女士 and says how to write it', () => {
    const [f] = findPersonalData('王先生称');
    expect(f).toMatchObject({ kind: 'name', match: '王先生' });
    expect(f!.message).toContain('王某');
    expect(matches('经了解，李女士已搬走。')).toEqual(['李女士']);
    expect(findPersonalData('王小明先生')[0]!.message).toBe('疑似未匿名的称呼：王**先生（应写作“王某”）');
  });

  it('masks names in the message', () => {
    const [f] = findPersonalData('申请人李小明认为');
    expect(f!.message).toBe('疑似未匿名的当事人姓名：李**（应写作“李某”）');
  });

  it('follows a list of parties', () => {
    expect(matches('当事人张三、李四和王某')).toEqual(['张三', '李四']);
  });

  it.each([
    '张某与李某某、王某甲发生纠纷',
    '当事人张某、李某某和王某乙',
    '调解员耐心细致地做工作',
    '申请人认为处罚过重',
    '申请人于2023年5月提出',
    '村民们纷纷表示',
    '村民会议讨论通过',
    '调解员万某热情接待',
    '当事人双方',
    '申请人陈述称',
    '调解员高度重视',
    '当事人马上同意',
    '申请人向法院起诉',
    '申请人撤回复议申请',
    '被告是村小组',
    '调解员和法官',
    '调解员、法官、村干部共同参与',
    '业主委员会',
    '居民楼上漏水',
    '两位女士',
    '这位老先生',
    '张某先生',
    '2026年',
    '(2024)京0105民初12345号',
    '《中华人民共和国人民调解法》第三十三条',
    '依据民法典第1165条',
  ])('does not flag %j', (text) => {
    expect(findPersonalData(text)).toEqual([]);
  });
});

/** Full-width form of the ASCII letters, digits, @, - and . in `s`, as a Chinese input method types them. */
const fw = (s: string): string => s.replace(/[0-9A-Za-z@.-]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

describe('what editors actually paste (issue 12 §3)', () => {
  const id = residentId('11010519491231002'); // ends in X
  const id2 = residentId('32010219880315123');
  const card = luhnCard('622202100112345678'); // 19 digits
  const card16 = luhnCard('621700123456789');
  const g4 = (n: string, sep: string) => n.replace(/(\d{4})(?=\d)/g, `$1${sep}`);
  const g684 = (n: string, sep: string) => `${n.slice(0, 6)}${sep}${n.slice(6, 14)}${sep}${n.slice(14)}`;

  /** 76 variants, each with the kind the check must report. */
  const VARIANTS: [string, FindingKind][] = [
    // resident ID numbers
    [`身份证号${id2}。`, 'id-card'],
    [`身份证号 ${g684(id, ' ')}。`, 'id-card'],
    [`身份证号：${g684(id2, '-')}`, 'id-card'],
    [`证件号 ${g4(id2, ' ')}`, 'id-card'],
    [`身份证号${fw(id2)}，`, 'id-card'],
    [`身份证号${fw(id.toLowerCase())}`, 'id-card'],
    [`身份证 ${id2.slice(0, 6)} ${id2.slice(6, 14)}-${id2.slice(14)}`, 'id-card'],
    [`  where: 联系人身份证 ${id2}`, 'id-card'],
    ['旧身份证 110105 491231 002 已换领', 'id-card'],
    [`旧身份证${fw('110105491231002')}`, 'id-card'],
    // mobiles
    ['电话13800138000。', 'mobile'],
    ['手机 138 0013 8000 联系', 'mobile'],
    ['手机：138-0013-8000', 'mobile'],
    ['手机 138-0013 8000', 'mobile'],
    ['手机 1380 013 8000', 'mobile'],
    [`电话${fw('13800138000')}`, 'mobile'],
    [`电话${fw('138-0013-8000')}`, 'mobile'],
    ['+86 138 0013 8000', 'mobile'],
    ['0086-13800138000', 'mobile'],
    ['+86-138-0013-8000', 'mobile'],
    // landlines
    ['电话010-12345678', 'landline'],
    [`电话${fw('010-12345678')}`, 'landline'],
    ['（0571）88888888', 'landline'],
    [`（${fw('0571')}）${fw('88888888')}`, 'landline'],
    // bank cards
    [`卡号${card}`, 'bank-card'],
    [`卡号 ${g4(card, ' ')} 收款`, 'bank-card'],
    [`卡号 ${g4(card, '-')}`, 'bank-card'],
    [`转入${fw(card)}`, 'bank-card'],
    [`账户 ${card.slice(0, 6)} ${card.slice(6)}`, 'bank-card'],
    [`尾号不是全部：${g4(card16, '-')}`, 'bank-card'],
    // e-mail
    ['邮箱 zhangsan@example.com。', 'email'],
    ['邮箱 zhangsan＠example.com', 'email'],
    [`邮箱 ${fw('zhangsan@example.com')}`, 'email'],
    // plates
    ['车牌京A12345的车辆', 'plate'],
    ['车牌京a12345的车辆', 'plate'],
    [`车牌京${fw('A12345')}`, 'plate'],
    [`粤${fw('b')}·${fw('12345')}撞上护栏`, 'plate'],
    ['沪b·d12345', 'plate'],
    ['苏e 3456学', 'plate'],
    // names
    ['当事人张三向调委会申请调解', 'name'],
    ['李四某向调委会申请调解', 'name'],
    ['张小某与王某发生争执', 'name'],
    ['王某川与李某签订协议', 'name'],
    ['陈某荣，男，1970年生', 'name'],
    ['申请人李四某认为', 'name'],
    ['张三与李四签订借款合同', 'name'],
    ['2021年王小明和李大伟发生纠纷', 'name'],
    ['借款人刘强于2020年借款', 'name'],
    ['房东赵军拒绝退还押金', 'name'],
    ['民警孙涛到场处置', 'name'],
    ['法官周敏主持调解', 'name'],
    ['记者金勇了解到', 'name'],
    ['（通讯员张峥华）', 'name'],
    ['老板王建国拖欠工资', 'name'],
    ['患者家属李红称', 'name'],
    ['小汪多次找楼上邻居', 'name'],
    ['诸阿姨不肯开门', 'name'],
    ['王经理表示愿意赔偿', 'name'],
    ['陈法官向双方释明', 'name'],
    ['李医生当时值班', 'name'],
    ['老林说，别冲动', 'name'],
    ['王先生称', 'name'],
    ['经了解，李女士已搬走。', 'name'],
    ['调解员欧阳娜娜', 'name'],
    ['申请人 张三认为', 'name'],
    // addresses
    ['家住长春路123号', 'address'],
    ['住在人民大街8-2号', 'address'],
    ['漏水的是3号楼2单元501室', 'address'],
    ['华联花园的业主', 'address'],
    ['大富山庄小区业主马某', 'address'],
    // contract and account numbers, WeChat and QQ
    ['合同编号：HT-2023-0456', 'account'],
    ['借款合同编号为2021080012', 'account'],
    ['订单号 123456789012', 'account'],
    ['微信号：wxid_abc123', 'account'],
    ['QQ：12345678', 'account'],
    ['加了对方微信zhangsan_88', 'account'],
  ];

  it('has 76 variants', () => {
    expect(VARIANTS).toHaveLength(76);
  });
  it.each(VARIANTS)('catches %j as %s', (text, kind) => {
    expect(findPersonalData(text).map((f) => f.kind)).toContain(kind);
  });

  it('points at the original text, full-width characters included', () => {
    const [f] = findPersonalData(`电话：${fw('13800138000')}。`);
    expect(f).toMatchObject({ kind: 'mobile', match: fw('13800138000'), column: 4 });
    expect(f!.message).toBe('疑似手机号码：138****8000');
  });

  it.each([
    '2023-10-31至2023-11-01',
    '（2019）内0727民初202号',
    '依法应处500元-1850元罚款',
    '共计1280828.64元',
    '拨打12345热线',
    '编号为A1',
    '工地老板愿意通过微信转账方式支付',
    '在QQ群里通知',
    '该小区物业',
    '所在小区的业主',
    '老旧小区改造',
    '涉案小区',
    '蜀麓苑社区联合开发区司法办',
    '江西某公司',
    '浙江某地的工厂',
    '支付雷某的工资',
    '调解员万某热情接待',
    '王某与李某某签订协议',
    '张某某岳父的父亲',
    '刘某甲与其孙女刘某乙',
    '杨某辩称',
    '刘某作为被拆迁人',
    '把争议范围缩小范围',
    '养老金',
    '语文老师',
    '项目经理',
    '乡村医生杨某',
    '承办法官',
    '驻访律师',
    '民警及时赶到',
    '记者了解到',
    '法官向他解释',
    '房东要求退租',
    '黄金与白银',
    '程序与实体',
    '老人当年',
    '地铁5号线',
    '《中华人民共和国人民调解法》第三十三条',
    '国务院令第445号',
    '长春路一带',
    '人民大街',
    '小时候',
    'https://jiangsu.sina.com.cn/news/general/2025-03-03/detail-ineniuqq6857071.shtml',
    'http://news.cnhubei.com/content/2024-05/07/content_17850707.html',
  ])('does not flag the clean sentence %j', (text) => {
    expect(findPersonalData(text)).toEqual([]);
  });
});

describe('positions and file messages', () => {
  it('reports 1-based line and column', () => {
    const f = findPersonalData('第一行\n电话：13800138000')[0]!;
    expect([f.line, f.column]).toEqual([2, 4]);
  });
  it('formats file:line:column message', () => {
    expect(checkCaseFile('src/content/cases/2024/x.mdx', '---\ntitle: x\n---\n\n联系电话13800138000')).toEqual([
      'src/content/cases/2024/x.mdx:5:5 疑似手机号码：138****8000',
    ]);
  });
  it('scans the frontmatter too, source fields included', () => {
    const file = '---\ntitle: x\nsource:\n  where: 某报（记者张伟）\n  url: https://example.org/a?qq=1\n---\n\n正文';
    expect(checkCaseFile('x.mdx', file)).toEqual(['x.mdx:4:15 疑似未匿名的当事人姓名：张*（应写作“张某”）']);
  });
  it('masks keeping head and tail and separators', () => {
    expect(mask('138-0013-8000', 3, 4)).toBe('138-****-8000');
  });
});

describe('the case library', () => {
  const root = 'src/content/cases';
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => join(root, f));
  it('has case files to check', () => {
    expect(files.length).toBeGreaterThan(0);
  });
  it.each(files)('%s passes the privacy check', (file) => {
    expect(checkCaseFile(file, readFileSync(file, 'utf8'))).toEqual([]);
  });
});
