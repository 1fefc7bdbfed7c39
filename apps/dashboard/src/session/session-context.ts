import { createContext, useContext } from 'react';

/** Who is signed in: the claims the token was minted for, and the token itself. */
export interface Session {
  token: string;
  agency: string;
  role: string;
  purpose: string;
  signOut(): void;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession is only available inside a signed-in page.');
  return session;
}
