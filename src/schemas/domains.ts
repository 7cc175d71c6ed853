/**
 * Dispute domains (纠纷领域), shared by the case library, the scope checker and its everyday
 * vocabulary. Adding a domain here makes it available everywhere at once.
 */
export const DOMAINS = [
  '劳动争议',
  '工伤赔偿',
  '社会保障',
  '婚姻家庭',
  '邻里纠纷',
  '物业服务',
  '房屋租赁',
  '道路交通',
  '医疗纠纷',
  '消费维权',
  '征地拆迁',
  '土地承包',
  '山林水利',
  '建设工程',
  '环境污染',
  '合同债务',
  '校园纠纷',
  '治安管理',
  '行政处罚',
  '行政许可',
  '行政协议',
  '其他',
] as const;

export type Domain = (typeof DOMAINS)[number];
