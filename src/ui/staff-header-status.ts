// What the staff header shows about the device's connection (the sync indicator). The app
// provides it; ui cannot import the sync engine, and tests of single screens need none.
import { createContext, type ReactNode } from 'react';

export const StaffHeaderStatus = createContext<ReactNode>(null);
