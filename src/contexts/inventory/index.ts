// The inventory context: what is on sale, one row per sellable unit. The only door other contexts use.
export { createEventInventory, createServiceUnits } from './create-event-inventory.ts';
