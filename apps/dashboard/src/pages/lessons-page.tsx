import { useState } from 'react';
import { graphql } from '../graphql.js';
import { useQuery } from '../api/use-operation.js';
import { DataTable } from '../components/data-table.js';
import { Loading, PageErrors } from '../components/refusal.js';

export const LessonsQuery = graphql(`
  query Lessons($search: String, $limit: Int!) {
    lessons(search: $search, limit: $limit) {
      id kind title happened tried tags recordedAt
      outcome { id title }
    }
  }
`);

/** The register of messages of success and of failure, searched by word family. */
export function LessonsPage() {
  const [draft, setDraft] = useState('truanting');
  const [search, setSearch] = useState('truanting');
  const { data, errors, loading } = useQuery(LessonsQuery, { search: search || null, limit: 50 });
  return (
    <>
      <h1>Lessons</h1>
      <form
        role="search"
        className="filters"
        onSubmit={(event) => {
          event.preventDefault();
          setSearch(draft.trim());
        }}
      >
        <div className="field inline">
          <label htmlFor="lessons-search">Search lessons</label>
          <input id="lessons-search" type="search" value={draft} onChange={(event) => setDraft(event.target.value)} />
        </div>
        <button type="submit">Search</button>
      </form>
      {loading && <Loading what="lessons" />}
      <PageErrors errors={errors} hasData={!!data} />
      {data && (
        <DataTable
          caption={search ? `Lessons matching “${search}”` : 'Every lesson'}
          filename="lessons"
          rows={data.lessons}
          empty="No lesson matches."
          columns={[
            { header: 'Kind', render: (lesson) => lesson.kind.toLowerCase(), csv: (lesson) => lesson.kind },
            { header: 'Title', render: (lesson) => lesson.title, csv: (lesson) => lesson.title },
            { header: 'What was tried', render: (lesson) => lesson.tried, csv: (lesson) => lesson.tried },
            { header: 'What happened', render: (lesson) => lesson.happened, csv: (lesson) => lesson.happened },
            { header: 'Outcome', render: (lesson) => (lesson.outcome ? <a href={`#/outcome/${lesson.outcome.id}`}>{lesson.outcome.title}</a> : ''), csv: (lesson) => lesson.outcome?.title ?? '' },
            { header: 'Tags', render: (lesson) => lesson.tags.join(', '), csv: (lesson) => lesson.tags.join(' ') },
          ]}
        />
      )}
    </>
  );
}
