import {createContext} from 'react';
import type {StepFailure} from '../../wizard/wizard-state.js';

/**
 * The failure whose diagnosis is shown in full (Tab), if any. A diagnosis has up to five causes
 * and fixes: shown whole at every failure, it would make the screen taller than a terminal.
 */
export const FullDiagnosis = createContext<StepFailure | undefined>(undefined);
