import { useEffect, useState } from 'react';

/**
 * Pages live in the URL's hash (`/dashboard#/outcome/OUT-…`), so the gateway
 * serves one HTML file for every page and a link can be shared or bookmarked.
 */
export function useRoute(): string[] {
  const read = () => window.location.hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  const [route, setRoute] = useState(read);
  useEffect(() => {
    const update = () => setRoute(read());
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return route;
}

export function navigate(path: string): void {
  window.location.hash = `#${path}`;
}
