// The storage function does the work in one transaction; screens call this action.
export { setPresence } from '../../storage/attendance-store';
