import { sql } from 'kysely';
import { defineLoader, manyByKey } from '@joined-up/federation';
import type { PartnershipContext } from '../../context.js';
import { TIMELINE_KIND_ORDER, TimelineEvent, type TimelineEventKind } from './timeline.type.js';

interface TimelineRow {
  outcome_id: string;
  at: Date | string;
  kind: TimelineEventKind;
  summary: string;
  reference_id: string | null;
}

/** A numeric id as text that sorts in numeric order, for the last tiebreak. */
const key = (column: string) => sql.raw(`lpad(${column}::text, 20, '0')`);

/**
 * The timelines of every outcome in the request, in one statement: a UNION
 * ALL over every table that records something happening to an outcome,
 * ordered by time, then by kind (the order of TimelineEventKind), then by
 * reference, then by the source row, so that the order is the same every time.
 */
export const timelineByOutcome = defineLoader<PartnershipContext, string, TimelineEvent[]>('timelineByOutcome', async (ids, { db }) => {
  const outcomes = sql.join(ids);
  const party = (agency: string, group: string) => sql.raw(`coalesce(${agency}.name, ${group})`);
  const { rows } = await sql<TimelineRow>`
    select event.outcome_id, event.at, event.kind, event.summary, event.reference_id
    from (
      select o.outcome_id, o.created_at as at, 'OUTCOME_PROPOSED' as kind, concat('Proposed: ', o.title) as summary,
             o.outcome_id as reference_id, '' as tiebreak
        from outcomes o where o.outcome_id in (${outcomes})
      union all
      select o.outcome_id, o.agreed_on::timestamp at time zone 'UTC', 'OUTCOME_AGREED', concat('Agreed by the partnership: ', o.title), o.outcome_id, ''
        from outcomes o where o.outcome_id in (${outcomes}) and o.agreed_on is not null
      union all
      select a.outcome_id, a.held_from,
             case when row_number() over (partition by a.outcome_id order by a.held_from, a.accountability_id) = 1 then 'LEAD_ASSIGNED' else 'LEAD_CHANGED' end,
             concat(officer.name, ' (', officer.job_title, ') became the accountable lead', ': ' || a.reason), a.officer_id, ${key('a.accountability_id')}
        from accountabilities a join officers officer on officer.officer_id = a.officer_id
       where a.outcome_id in (${outcomes})
      union all
      select agreement.outcome_id, agreement.opened_at, 'AGREEMENT_OPENED', concat('Operating agreement opened: ', agreement.title), agreement.agreement_id, ''
        from operating_agreements agreement where agreement.outcome_id in (${outcomes})
      union all
      select agreement.outcome_id, warning.detected_at, 'WARNING', concat('Early warning on ', agreement.title, ': ', warning.detail),
             agreement.agreement_id, ${key('warning.warning_id')}
        from operating_agreement_warnings warning join operating_agreements agreement on agreement.agreement_id = warning.agreement_id
       where agreement.outcome_id in (${outcomes})
      union all
      select agreement.outcome_id, review.reviewed_at, 'AGREEMENT_REVIEWED',
             concat('Review of ', agreement.title, ': ', lower(review.decision), '. ', review.what_changed), agreement.agreement_id, ${key('review.review_id')}
        from operating_agreement_reviews review join operating_agreements agreement on agreement.agreement_id = review.agreement_id
       where agreement.outcome_id in (${outcomes})
      union all
      select proposal.outcome_id, version.created_at, 'PROPOSAL',
             case when version.version = 1 then concat('Proposal: ', proposal.title)
                  else concat('Proposal revised to version ', version.version, ': ', proposal.title, '. ', version.change_note) end,
             proposal.proposal_id, ${key('version.version')}
        from proposal_versions version join proposals proposal on proposal.proposal_id = version.proposal_id
       where proposal.outcome_id in (${outcomes})
      union all
      select proposal.outcome_id, response.responded_at, 'PROPOSAL_RESPONSE',
             concat(agency.name, case when response.stance = 'SIGN_OFF' then ' signed off ' else ' objected to ' end,
                    proposal.title, ' (version ', response.version, ')', ': ' || response.reasons),
             proposal.proposal_id, ${key('response.response_id')}
        from proposal_responses response
        join proposals proposal on proposal.proposal_id = response.proposal_id
        join agencies agency on agency.agency_id = response.agency_id
       where proposal.outcome_id in (${outcomes})
      union all
      select proposal.outcome_id, proposal.adopted_at, 'PROPOSAL_ADOPTED', concat('Proposal adopted: ', proposal.title), proposal.proposal_id, ''
        from proposals proposal where proposal.outcome_id in (${outcomes}) and proposal.adopted_at is not null
      union all
      select link.outcome_id, session.held_at, 'CONSULTATION', concat(consultation.title, ': ', session.title), consultation.consultation_id, session.session_id
        from consultation_sessions session
        join consultations consultation on consultation.consultation_id = session.consultation_id
        join consultation_outcomes link on link.consultation_id = consultation.consultation_id
       where link.outcome_id in (${outcomes})
      union all
      select feedback.outcome_id, feedback.sent_at, 'FEEDBACK',
             concat('Feedback from ', ${party('sender', 'feedback.from_group')}, ' to ', ${party('recipient', 'feedback.to_group')}, ': ', feedback.message),
             feedback.feedback_id, ''
        from feedback
        left join agencies sender on sender.agency_id = feedback.from_agency_id
        left join agencies recipient on recipient.agency_id = feedback.to_agency_id
       where feedback.outcome_id in (${outcomes})
      union all
      select feedback.outcome_id, feedback.responded_at, 'FEEDBACK_ANSWERED',
             concat(${party('recipient', 'feedback.to_group')}, ' answered feedback from ', ${party('sender', 'feedback.from_group')}, ': ', feedback.response),
             feedback.feedback_id, ''
        from feedback
        left join agencies sender on sender.agency_id = feedback.from_agency_id
        left join agencies recipient on recipient.agency_id = feedback.to_agency_id
       where feedback.outcome_id in (${outcomes}) and feedback.responded_at is not null
      union all
      select coalesce(lesson.outcome_id, agreement.outcome_id), lesson.recorded_at, 'LESSON',
             concat(case when lesson.kind = 'SUCCESS' then 'Success' else 'Failure' end, ' recorded: ', lesson.title), lesson.lesson_id, ''
        from lessons lesson left join operating_agreements agreement on agreement.agreement_id = lesson.agreement_id
       where coalesce(lesson.outcome_id, agreement.outcome_id) in (${outcomes})
    ) event
    order by event.outcome_id, event.at, array_position(array[${sql.join(TIMELINE_KIND_ORDER)}]::text[], event.kind), event.reference_id, event.tiebreak
  `.execute(db);
  const events = rows.map((row) => ({
    outcomeId: row.outcome_id,
    event: Object.assign(new TimelineEvent(), { at: new Date(row.at).toISOString(), kind: row.kind, summary: row.summary, referenceId: row.reference_id }),
  }));
  return manyByKey(ids, events, (entry) => entry.outcomeId).map((list) => list.map((entry) => entry.event));
});
