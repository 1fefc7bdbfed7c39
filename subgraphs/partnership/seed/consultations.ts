import type { Kysely } from 'kysely';
import { insertRows } from '@joined-up/db';
import { COVENTRY, LEWISHAM, lsoasWithin } from '@joined-up/geography';
import type { PartnershipTables } from '../src/tables.js';

/**
 * The report's two consultations. Coventry (1997, here replayed in 2025): six
 * costed health services, a budget of £20 million, two workshops of twelve
 * pseudonymous participants, each filling a basket at the start of the day
 * and again at the end; the new hospital loses money to community services
 * after discussion, and one participant leaves before the final round.
 * Lewisham (June 1998, here 2025): residents mapping needs, assets and
 * stories over a day and a half, on places across the borough and on themes
 * linked to the partnership's outcomes.
 */
export async function insertSeedConsultations(db: Kysely<PartnershipTables>): Promise<void> {
  await insertCoventryShoppingBasket(db);
  await insertLewishamCommunityMap(db);
}

export const COVENTRY_BASKET = 'CON-COVENTRY-HEALTH-PRIORITIES';
export const LEWISHAM_MAP = 'CON-LEWISHAM-COMMUNITY-MAP';

const options = [
  { id: 'OPT-COV-NEW-HOSPITAL', name: 'A new district hospital', cost: 12_000, description: 'Build and run a new hospital in the north of the city.' },
  { id: 'OPT-COV-ACUTE', name: 'Acute hospital care', cost: 8_000, description: 'More beds, theatre time and A&E staff at the existing hospitals.' },
  { id: 'OPT-COV-PRIMARY-CARE', name: 'GP and community care', cost: 6_000, description: 'More GPs, district nurses and care closer to home.' },
  { id: 'OPT-COV-MENTAL-HEALTH', name: 'Mental health services', cost: 5_000, description: 'Community mental health teams and crisis support.' },
  { id: 'OPT-COV-LEARNING-DISABILITIES', name: 'Learning disability services', cost: 4_000, description: 'Day services, respite and supported living.' },
  { id: 'OPT-COV-PREVENTION', name: 'Health promotion and prevention', cost: 3_000, description: 'Stopping smoking, healthy eating and screening.' },
];

type Basket = Partial<Record<(typeof options)[number]['id'], number>>;

/** Before discussion: the "knee-jerk" basket, heavy on the new hospital. Every basket spends the whole £20m. */
function firstBasket(index: number): Basket {
  const tilt = index % 4;
  return {
    'OPT-COV-NEW-HOSPITAL': 7_000 + 1_000 * tilt,
    'OPT-COV-ACUTE': 6_000,
    'OPT-COV-PRIMARY-CARE': 3_000,
    'OPT-COV-MENTAL-HEALTH': 1_000,
    ...(tilt < 3 ? { 'OPT-COV-PREVENTION': 3_000 - 1_000 * tilt } : {}),
  };
}

/** After discussion: money moves to care in the community; a third still keep a little for the hospital. */
function finalBasket(index: number): Basket {
  return {
    ...(index % 3 === 0 ? { 'OPT-COV-NEW-HOSPITAL': 1_000 } : {}),
    'OPT-COV-ACUTE': 5_000,
    'OPT-COV-PRIMARY-CARE': 5_000,
    'OPT-COV-MENTAL-HEALTH': 4_000,
    'OPT-COV-LEARNING-DISABILITIES': 2_000,
    'OPT-COV-PREVENTION': 3_000,
  };
}

const workshops = [
  { id: 'SES-COVENTRY-W1', title: 'Workshop 1: older people and carers', heldAt: '2025-03-11T10:00:00Z', prefix: 'W1' },
  { id: 'SES-COVENTRY-W2', title: 'Workshop 2: young families', heldAt: '2025-03-18T10:00:00Z', prefix: 'W2' },
];
const PARTICIPANTS_PER_WORKSHOP = 12;

async function insertCoventryShoppingBasket(db: Kysely<PartnershipTables>): Promise<void> {
  await db
    .insertInto('consultations')
    .values({
      consultation_id: COVENTRY_BASKET,
      kind: 'SHOPPING_BASKET',
      title: 'Coventry health spending priorities',
      question: "What should the Health Authority's spending priorities be for the next five years?",
      area_code: COVENTRY,
      budget: 20_000,
      budget_unit: '£ thousand',
      opened_by: 'partnership-admin',
      opened_at: new Date('2025-02-03T09:00:00Z'),
    })
    .execute();
  await insertRows(
    db,
    'basket_options',
    options.map((option, position) => ({ option_id: option.id, consultation_id: COVENTRY_BASKET, name: option.name, description: option.description, cost: option.cost, position })),
  );
  await insertRows(
    db,
    'consultation_sessions',
    workshops.map((workshop) => ({ session_id: workshop.id, consultation_id: COVENTRY_BASKET, title: workshop.title, held_at: new Date(workshop.heldAt) })),
  );
  const participants = workshops.flatMap((workshop) =>
    Array.from({ length: PARTICIPANTS_PER_WORKSHOP }, (_, index) => {
      const pseudonym = `${workshop.prefix}-P${String(index + 1).padStart(2, '0')}`;
      return { participant_id: `PAR-COVENTRY-${pseudonym}`, session_id: workshop.id, pseudonym, index, heldAt: workshop.heldAt };
    }),
  );
  await insertRows(
    db,
    'consultation_participants',
    participants.map(({ participant_id, session_id, pseudonym }) => ({ participant_id, session_id, pseudonym })),
  );
  for (const participant of participants) {
    // The last participant of the second workshop left before the final round.
    const leftEarly = participant.session_id === 'SES-COVENTRY-W2' && participant.index === PARTICIPANTS_PER_WORKSHOP - 1;
    const rounds: [string, Basket, number][] = [['FIRST', firstBasket(participant.index), 10]];
    if (!leftEarly) rounds.push(['FINAL', finalBasket(participant.index), 16]);
    for (const [round, basket, hour] of rounds) {
      const items = Object.entries(basket) as [string, number][];
      const submittedAt = new Date(participant.heldAt);
      submittedAt.setUTCHours(hour, participant.index);
      const { submission_id } = await db
        .insertInto('basket_submissions')
        .values({
          consultation_id: COVENTRY_BASKET,
          session_id: participant.session_id,
          participant_id: participant.participant_id,
          round,
          total: items.reduce((sum, [, amount]) => sum + amount, 0),
          submitted_by: 'partnership-admin',
          submitted_at: submittedAt,
        })
        .returning('submission_id')
        .executeTakeFirstOrThrow();
      await insertRows(
        db,
        'basket_items',
        items.map(([option_id, amount]) => ({ submission_id: Number(submission_id), consultation_id: COVENTRY_BASKET, option_id, amount })),
      );
    }
  }
}

export const seedThemes = [
  { theme_id: 'community-safety', name: 'Community safety', description: 'Crime, feeling safe, young people and the police.', outcomes: ['OUT-LAMBETH-YOUTH-CRIME'] },
  { theme_id: 'learning', name: 'Learning', description: 'School, attendance, homework and learning as an adult.', outcomes: ['OUT-LEWISHAM-SCHOOL-ATTENDANCE'] },
  { theme_id: 'young-people', name: 'Young people', description: 'Things to do, youth clubs, mentoring and being listened to.', outcomes: ['OUT-LEWISHAM-YOUTH-PARTICIPATION', 'OUT-LAMBETH-YOUTH-CRIME'] },
  { theme_id: 'health', name: 'Health', description: 'Physical and mental health, and getting to see someone.', outcomes: ['OUT-LAMBETH-SELF-HARM'] },
  { theme_id: 'housing', name: 'Housing', description: 'Overcrowding, repairs, moves and temporary accommodation.', outcomes: ['OUT-LAMBETH-YOUTH-HOMELESSNESS'] },
];

/** What residents said, by theme: needs, assets and stories, in their words and without names. */
const said: Record<string, { kind: 'NEED' | 'ASSET' | 'STORY'; text: string }[]> = {
  'community-safety': [
    { kind: 'NEED', text: 'The walk home from the station is dark and nobody feels safe after eight.' },
    { kind: 'NEED', text: 'Young people get stopped and searched but nobody asks them what would help.' },
    { kind: 'NEED', text: 'Drug dealing by the estate garages; reporting it changes nothing.' },
    { kind: 'NEED', text: 'Older people stay in after school closing time because of groups outside the shops.' },
    { kind: 'ASSET', text: 'The neighbourhood watch WhatsApp group actually works.' },
    { kind: 'ASSET', text: 'The PCSO who runs football on Fridays knows every kid by name.' },
    { kind: 'ASSET', text: 'Shopkeepers on the high street look out for children walking home.' },
    { kind: 'STORY', text: 'My son was robbed for his phone twice; the second time the school, not the police, helped him go back.' },
    { kind: 'STORY', text: 'After the stabbing the youth club stayed open late for a month, and it was the calmest month we had.' },
  ],
  learning: [
    { kind: 'NEED', text: 'Children miss school to look after younger brothers and sisters when parents work shifts.' },
    { kind: 'NEED', text: 'Nowhere quiet to do homework in an overcrowded flat.' },
    { kind: 'NEED', text: 'Families moved into temporary accommodation across London keep the old school and lose hours travelling.' },
    { kind: 'NEED', text: 'Parents do not understand the letters about attendance fines.' },
    { kind: 'ASSET', text: 'The library homework club, with volunteers from the university.' },
    { kind: 'ASSET', text: 'The school family worker who visits at home.' },
    { kind: 'ASSET', text: 'Adult English classes at the community centre bring parents into the school.' },
    { kind: 'STORY', text: 'My daughter stopped going when she was being bullied; it took a nurse asking why for anything to change.' },
    { kind: 'STORY', text: 'I went back to college at forty and now I help my son with his maths.' },
  ],
  'young-people': [
    { kind: 'NEED', text: 'Nothing to do for teenagers after six that does not cost money.' },
    { kind: 'NEED', text: 'Youth sessions are on the other side of the borough and the bus takes an hour.' },
    { kind: 'NEED', text: 'Young people are talked about, never asked.' },
    { kind: 'NEED', text: 'Mentoring has a waiting list of months.' },
    { kind: 'ASSET', text: 'The boxing club that takes anyone, with a coach who grew up here.' },
    { kind: 'ASSET', text: 'The church hall that lends its space to a youth music project.' },
    { kind: 'ASSET', text: 'Older teenagers who would volunteer if someone organised it.' },
    { kind: 'STORY', text: 'A mentor got my nephew his first job; before that he was heading for trouble.' },
    { kind: 'STORY', text: 'When the adventure playground closed, the kids moved to the car park.' },
  ],
  health: [
    { kind: 'NEED', text: 'Three weeks to see a GP; people go to A&E instead.' },
    { kind: 'NEED', text: 'Teenagers with anxiety wait months for CAMHS and nobody checks on them meanwhile.' },
    { kind: 'NEED', text: 'Damp flats make children ill every winter.' },
    { kind: 'NEED', text: 'Nowhere safe for children to play outside near the main road.' },
    { kind: 'ASSET', text: 'The pharmacist who knows everyone and will tell you where to go.' },
    { kind: 'ASSET', text: 'The park run on Saturday mornings.' },
    { kind: 'ASSET', text: 'The community garden, where people talk.' },
    { kind: 'STORY', text: "My mum's diabetes was spotted at the mosque health check, not at the surgery." },
    { kind: 'STORY', text: 'The school nurse was the only person my son would talk to.' },
  ],
  housing: [
    { kind: 'NEED', text: 'Five of us in a one-bedroom flat for four years.' },
    { kind: 'NEED', text: 'Repairs take months and the mould comes back.' },
    { kind: 'NEED', text: 'Young people leaving home after arguments end up sofa-surfing.' },
    { kind: 'NEED', text: 'Families in temporary accommodation are moved without warning.' },
    { kind: 'ASSET', text: 'The tenants association that chases repairs together.' },
    { kind: 'ASSET', text: 'The housing officer who holds a surgery in the community centre.' },
    { kind: 'ASSET', text: 'Neighbours who take in children after school when parents are at work.' },
    { kind: 'STORY', text: 'Mediation kept my daughter at home when we were not speaking; otherwise she would have been homeless.' },
    { kind: 'STORY', text: 'We were moved three times in a year and my children changed school twice.' },
  ],
};

/** Each point was raised three times, at three places: residents raise the same things in different streets. */
const TIMES_RAISED = 3;

async function insertLewishamCommunityMap(db: Kysely<PartnershipTables>): Promise<void> {
  await db
    .insertInto('consultations')
    .values({
      consultation_id: LEWISHAM_MAP,
      kind: 'COMMUNITY_MAPPING',
      title: 'Lewisham community map: health, learning and community safety',
      question: 'What do health, learning and community safety mean where you live? What is missing, what works, and what has happened to you?',
      area_code: LEWISHAM,
      opened_by: 'partnership-admin',
      opened_at: new Date('2025-05-19T09:00:00Z'),
    })
    .execute();
  await insertRows(db, 'consultation_outcomes', [
    { consultation_id: LEWISHAM_MAP, outcome_id: 'OUT-LEWISHAM-SCHOOL-ATTENDANCE' },
    { consultation_id: LEWISHAM_MAP, outcome_id: 'OUT-LEWISHAM-YOUTH-PARTICIPATION' },
  ]);
  const sessions = [
    { session_id: 'SES-LEWISHAM-DAY-1', consultation_id: LEWISHAM_MAP, title: 'Day one: mapping the borough', held_at: new Date('2025-06-13T09:30:00Z') },
    { session_id: 'SES-LEWISHAM-DAY-2', consultation_id: LEWISHAM_MAP, title: 'Day two, morning: connecting the maps', held_at: new Date('2025-06-14T09:30:00Z') },
  ];
  await insertRows(db, 'consultation_sessions', sessions);
  await insertRows(db, 'mapping_themes', seedThemes.map(({ outcomes: _outcomes, ...theme }) => theme));
  await insertRows(db, 'theme_outcomes', seedThemes.flatMap((theme) => theme.outcomes.map((outcome_id) => ({ theme_id: theme.theme_id, outcome_id }))));

  const places = [LEWISHAM, ...lsoasWithin(LEWISHAM).map((lsoa) => lsoa.code)];
  const entries = Object.entries(said).flatMap(([themeId, points], themeIndex) =>
    points.flatMap((point, pointIndex) =>
      Array.from({ length: TIMES_RAISED }, (_, time) => {
        const n = themeIndex * 100 + pointIndex * TIMES_RAISED + time;
        const session = sessions[time === TIMES_RAISED - 1 ? 1 : 0];
        const recordedAt = new Date(session.held_at.getTime() + (n % 360) * 60_000);
        return {
          consultation_id: LEWISHAM_MAP,
          session_id: session.session_id,
          kind: point.kind,
          // Spread over the borough deterministically; every seventh entry is about the borough as a whole.
          area_code: n % 7 === 0 ? LEWISHAM : places[1 + ((n * 5) % (places.length - 1))],
          theme_id: themeId,
          text: point.text,
          recorded_by: 'partnership-admin',
          recorded_at: recordedAt,
        };
      }),
    ),
  );
  await insertRows(db, 'mapping_entries', entries);
}
