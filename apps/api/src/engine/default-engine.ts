import { calendar, catalogue, nextActions } from '@safeguarding/rules';
import type { Engine } from './engine.ts';

/** The real engine: the packaged duty catalogue and the England and Wales working-day calendar. */
export const defaultEngine: Engine = { nextActions, catalogue: catalogue.duties, calendar };
