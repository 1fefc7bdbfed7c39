import { afterAll } from 'vitest';
import { stopSharedPartnership } from './partnership-harness.js';

// One subgraph for every rule family (see partnership-harness.ts); each file registers its own describe block.
import './one-lead.rules.js';
import './handover.rules.js';
import './proposal-adoption.rules.js';
import './shopping-basket.rules.js';
import './early-warnings.rules.js';
import './bad-input.rules.js';

afterAll(() => stopSharedPartnership());
