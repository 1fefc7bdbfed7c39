import { Field, Float, ObjectType } from 'type-graphql';
import type { ArrearsMonthRecord } from '../tables.js';

@ObjectType({ description: 'Rent owed on a tenancy at the end of one month.' })
export class ArrearsMonth {
  @Field(() => String, { description: 'The month, YYYY-MM.' })
  month!: string;

  @Field(() => Float, { description: 'Pounds owed at the end of the month; always more than zero.' })
  balance!: number;

  static fromRecord(record: ArrearsMonthRecord): ArrearsMonth {
    return Object.assign(new ArrearsMonth(), { month: record.month.slice(0, 7), balance: Number(record.balance) });
  }
}

@ObjectType({
  description:
    'Rent arrears on a tenancy. Housing records a balance only for months that ended with rent owed: a month missing from the history means nothing was owed at its end.',
})
export class RentArrears {
  @Field(() => String, { nullable: true, description: 'The latest month that ended with rent owed, YYYY-MM; null if the tenancy has never been in arrears.' })
  latestMonth!: string | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Pounds owed at the end of `latestMonth`; null if the tenancy has never been in arrears. Compare `latestMonth` with today: an old month means the debt has since been cleared.',
  })
  latestBalance!: number | null;

  @Field(() => [ArrearsMonth], { description: 'Every month that ended with rent owed, oldest first.' })
  history!: ArrearsMonth[];

  static fromMonths(records: readonly ArrearsMonthRecord[]): RentArrears {
    const history = records.map(ArrearsMonth.fromRecord);
    const latest = history.at(-1) ?? null;
    return Object.assign(new RentArrears(), { latestMonth: latest?.month ?? null, latestBalance: latest?.balance ?? null, history });
  }
}
