/** A submitted Word writeup, built with the docx package: what an editor would receive. */
import { writeFileSync } from 'node:fs';
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';

const p = (text: string): Paragraph => new Paragraph({ children: [new TextRun(text)] });
const h = (text: string): Paragraph => new Paragraph({ text, heading: HeadingLevel.HEADING_2 });

export async function writeDocxFixture(file: string): Promise<void> {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: '案例三：张某与某物业公司漏水维修纠纷调解案', heading: HeadingLevel.TITLE }),
          p('地区：浙江省杭州市西湖区'),
          p('调解组织：西湖区某街道人民调解委员会'),
          p('调解机制：人民调解'),
          p('纠纷类型：物业纠纷'),
          p('调解结果：调解成功'),
          p('用时：12天'),
          p('涉及金额：3.8万元'),
          p('调解方法：背对背、释法明理、回访'),
          h('一、基本案情'),
          p('张某是某小区业主，家中因楼上管道渗漏受损，多次找物业公司维修未果。'),
          p('张某的联系电话为13800138000，曾多次拨打物业值班电话。'),
          h('二、调解过程'),
          p('调解员先到现场查看漏水点，再分别听取双方意见。'),
          h('三、调解结果'),
          p('双方达成协议：物业公司十日内完成维修，并赔偿张某损失38000元。'),
          h('四、典型意义'),
          p('物业纠纷要先查明事实，再依法明确责任。'),
          p('调解要点：'),
          p('1. 先到现场查明漏水原因，再讨论责任分担，避免各执一词。'),
          p('2. 协议写明维修期限和赔偿金额，便于履行和回访。'),
        ],
      },
    ],
  });
  writeFileSync(file, await Packer.toBuffer(doc));
}
