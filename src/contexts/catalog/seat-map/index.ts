// The seat map of an event: its routes, and the contract with the decoder the web apps reuse.
export { seatMapRoutes } from './routes.ts';
export * from './contracts.ts';
