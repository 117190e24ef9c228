import type {DOMElement} from 'ink';
import {createContext, type RefObject} from 'react';

/** The box that holds the whole screen: what is left of the terminal is measured against it. */
export const ScreenFrame = createContext<RefObject<DOMElement | null> | undefined>(undefined);
