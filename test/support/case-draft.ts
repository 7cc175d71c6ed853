/** Case drafts shared by the case schema and scaffold unit tests and the new:case CLI tests. */
import type { CaseDraft } from '../../src/lib/cases/scaffold.ts';

/** The seven basic answers, the ones new:case asks for in a terminal when a flag is missing. */
export const basicAnswers = {
  title: '张某与某物业公司物业服务合同纠纷调解案',
  year: 2024,
  region: '浙江省杭州市',
  body: '某区人民调解委员会',
  mechanism: '人民调解',
  domain: '物业服务',
  outcome: '达成协议',
} as const satisfies CaseDraft;

/** Every answer given. */
export const full: CaseDraft = {
  ...basicAnswers,
  days: 12,
  amount: 38000,
  methods: ['面对面', '释法明理'],
  keyPoints: ['调解员先查明漏水原因，再讲清物业公司的维修义务：双方很快达成一致。', '#2 协议写明维修期限和费用分担，便于履行。'],
  tags: ['物业', '漏水'],
  cites: ['fangdiao-lhasa-2019/6.3'],
  source: { publisher: '某市司法局', title: '某市发布十大人民调解案例', date: '2024-05', where: '某市司法局官方网站' },
};
