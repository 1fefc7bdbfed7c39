import { useEffect, useMemo, useRef, useState } from 'react';
import { SessionContext, type Session } from './session/session-context.js';
import { SignIn, type Identity } from './session/sign-in.js';
import { useRoute } from './routes.js';
import { AreaOutcomesPage } from './pages/area-outcomes-page.js';
import { OutcomePage } from './pages/outcome-page.js';
import { ComparePage } from './pages/compare-page.js';
import { CohortPage } from './pages/cohort-page.js';
import { FeedbackPage } from './pages/feedback-page.js';
import { LessonsPage } from './pages/lessons-page.js';
import { ProposalsPage } from './pages/proposals-page.js';

const STORAGE_KEY = 'joined-up-dashboard-session';
const LAMBETH = 'E09000022';

const NAVIGATION = [
  { href: `#/outcomes/${LAMBETH}`, label: 'Outcomes', page: 'outcomes' },
  { href: '#/compare', label: 'Compare areas', page: 'compare' },
  { href: '#/cohort', label: 'Cohort', page: 'cohort' },
  { href: '#/feedback', label: 'Feedback', page: 'feedback' },
  { href: '#/lessons', label: 'Lessons', page: 'lessons' },
  { href: '#/proposals', label: 'Proposals', page: 'proposals' },
];

function Page({ route }: { route: string[] }) {
  const [page, argument] = route;
  switch (page) {
    case 'outcome':
      return <OutcomePage outcomeId={argument ?? 'OUT-LAMBETH-YOUTH-CRIME'} />;
    case 'compare':
      return <ComparePage />;
    case 'cohort':
      return <CohortPage />;
    case 'feedback':
      return <FeedbackPage />;
    case 'lessons':
      return <LessonsPage />;
    case 'proposals':
      return <ProposalsPage />;
    default:
      return <AreaOutcomesPage areaCode={argument ?? LAMBETH} />;
  }
}

/**
 * The dashboard: sign in, then one page at a time. The session (token and
 * claims) lives in this tab's sessionStorage only, like the explorer's headers.
 */
export function App() {
  const [stored, setStored] = useState<(Identity & { token: string }) | null>(() => JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? 'null'));
  const route = useRoute();
  const main = useRef<HTMLElement>(null);
  const session = useMemo<Session | null>(
    () =>
      stored && {
        ...stored,
        signOut: () => {
          sessionStorage.removeItem(STORAGE_KEY);
          setStored(null);
        },
      },
    [stored],
  );
  // Moving between pages puts keyboard focus at the new page's start, as a full page load would.
  useEffect(() => main.current?.focus(), [route.join('/')]);

  if (!session) {
    return (
      <SignIn
        onSignedIn={(identity, token) => {
          const next = { ...identity, token };
          sessionStorage.setItem(STORAGE_KEY, JSON.stringify(next));
          setStored(next);
        }}
      />
    );
  }
  const current = route[0] === 'outcome' ? 'outcomes' : (route[0] ?? 'outcomes');
  return (
    <SessionContext.Provider value={session}>
      <a className="skip-link" href="#main" onClick={(event) => { event.preventDefault(); main.current?.focus(); }}>
        Skip to content
      </a>
      <header className="top">
        <span className="brand">Joined-Up</span>
        <nav aria-label="Dashboard pages">
          <ul>
            {NAVIGATION.map((item) => (
              <li key={item.page}>
                <a href={item.href} aria-current={current === item.page ? 'page' : undefined}>
                  {item.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <div className="officer">
          Signed in as <strong>{session.agency}-{session.role}</strong> for <strong>{session.purpose}</strong>{' '}
          <button type="button" onClick={session.signOut}>
            Sign out
          </button>
        </div>
      </header>
      <main id="main" ref={main} tabIndex={-1} data-route={`/${route.join('/')}`}>
        <Page route={route} />
      </main>
    </SessionContext.Provider>
  );
}
