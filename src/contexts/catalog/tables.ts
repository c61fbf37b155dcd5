import {
  bigint,
  boolean,
  char,
  index,
  integer,
  numeric,
  pgTable,
  primaryKey,
  real,
  smallint,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';

// The Drizzle view of migrations/0100_catalog.sql, column for column. Checks and the
// events_no_overlap_in_hall exclusion constraint live in the SQL only: the migration
// is the schema, these tables are how queries are typed. Money is bigint kopecks read
// as numbers; coefficients are numeric(10,4) read as exact strings ("1.2500").

const money = (name: string) => bigint(name, { mode: 'number' });
const coefficient = (name: string) => numeric(name, { precision: 10, scale: 4 });
const instant = (name: string) => timestamp(name, { withTimezone: true });

export const venueKinds = ['stadium', 'museum', 'cinema', 'other'] as const;
export const zoneKinds = ['seated', 'general_admission'] as const;
export const eventKinds = ['match', 'concert', 'film_session', 'excursion', 'other'] as const;
export const eventStatuses = ['scheduled', 'cancelled'] as const;
export const serviceKinds = [
  'event_ticket',
  'bundle',
  'season_ticket',
  'excursion',
  'facility_pass',
  'addon_good',
  'addon_service',
  'museum_visit',
] as const;
export const ageRatings = [0, 6, 12, 16, 18] as const;

export type VenueKind = (typeof venueKinds)[number];
export type ZoneKind = (typeof zoneKinds)[number];
export type EventKind = (typeof eventKinds)[number];
export type EventStatus = (typeof eventStatuses)[number];
export type ServiceKind = (typeof serviceKinds)[number];
export type AgeRating = (typeof ageRatings)[number];

export const venues = pgTable('venues', {
  id: uuid('id').primaryKey().defaultRandom(),
  kind: text('kind', { enum: venueKinds }).notNull(),
  name: text('name').notNull(),
  nameEn: text('name_en'),
  description: text('description').notNull().default(''),
  address: text('address').notNull().default(''),
  timeZone: text('time_zone').notNull().default('Europe/Moscow'),
  currency: char('currency', { length: 3 }).notNull().default('RUB'),
  holdMinutes: integer('hold_minutes').notNull().default(30),
  confirmHours: integer('confirm_hours').notNull().default(48),
  createdAt: instant('created_at').notNull().defaultNow(),
});

export const hallTypes = pgTable('hall_types', {
  id: uuid('id').primaryKey().defaultRandom(),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  coefficient: coefficient('coefficient').notNull(),
});

export const halls = pgTable(
  'halls',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    venueId: uuid('venue_id').notNull().references(() => venues.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
  },
  (t) => [unique().on(t.venueId, t.name), index('halls_venue').on(t.venueId)],
);

export const hallHallTypes = pgTable(
  'hall_hall_types',
  {
    hallId: uuid('hall_id').notNull().references(() => halls.id, { onDelete: 'cascade' }),
    hallTypeId: uuid('hall_type_id').notNull().references(() => hallTypes.id),
  },
  (t) => [primaryKey({ columns: [t.hallId, t.hallTypeId] })],
);

export const zones = pgTable(
  'zones',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    hallId: uuid('hall_id').notNull().references(() => halls.id, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    name: text('name').notNull(),
    kind: text('kind', { enum: zoneKinds }).notNull(),
    capacity: integer('capacity'),
    coefficient: coefficient('coefficient').notNull().default('1'),
    color: text('color'),
    sortOrder: integer('sort_order').notNull().default(0),
  },
  (t) => [unique().on(t.hallId, t.code)],
);

export const seats = pgTable(
  'seats',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    hallId: uuid('hall_id').notNull().references(() => halls.id, { onDelete: 'cascade' }),
    zoneId: uuid('zone_id').notNull().references(() => zones.id, { onDelete: 'cascade' }),
    rowLabel: text('row_label').notNull(),
    seatLabel: text('seat_label').notNull(),
    ordinal: integer('ordinal').notNull(),
    x: real('x').notNull(),
    y: real('y').notNull(),
  },
  (t) => [unique().on(t.hallId, t.ordinal), unique().on(t.zoneId, t.rowLabel, t.seatLabel), index('seats_zone').on(t.zoneId)],
);

export const films = pgTable('films', {
  id: uuid('id').primaryKey().defaultRandom(),
  title: text('title').notNull(),
  titleEn: text('title_en'),
  description: text('description').notNull().default(''),
  posterUrl: text('poster_url'),
  basePriceMinor: money('base_price_minor').notNull(),
  durationMinutes: integer('duration_minutes').notNull(),
  ageRating: smallint('age_rating').notNull().$type<AgeRating>(),
  createdAt: instant('created_at').notNull().defaultNow(),
});

export const sessionTypes = pgTable(
  'session_types',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    // Null: a session type shared by every venue.
    venueId: uuid('venue_id').references(() => venues.id, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    name: text('name').notNull(),
    coefficient: coefficient('coefficient').notNull(),
    maxDurationMinutes: integer('max_duration_minutes'),
    maxAgeRating: smallint('max_age_rating').$type<AgeRating>(),
  },
  (t) => [unique().on(t.venueId, t.code)],
);

export const events = pgTable(
  'events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    venueId: uuid('venue_id').notNull().references(() => venues.id, { onDelete: 'cascade' }),
    hallId: uuid('hall_id').notNull().references(() => halls.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: eventKinds }).notNull(),
    title: text('title').notNull(),
    titleEn: text('title_en'),
    description: text('description').notNull().default(''),
    filmId: uuid('film_id').references(() => films.id),
    startsAt: instant('starts_at').notNull(),
    endsAt: instant('ends_at').notNull(),
    salesOpenAt: instant('sales_open_at'),
    salesCloseAt: instant('sales_close_at'),
    status: text('status', { enum: eventStatuses }).notNull().default('scheduled'),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('events_starts_at').on(t.startsAt),
    index('events_venue_starts').on(t.venueId, t.startsAt),
    index('events_film').on(t.filmId),
  ],
);

export const eventSessionTypes = pgTable(
  'event_session_types',
  {
    eventId: uuid('event_id').notNull().references(() => events.id, { onDelete: 'cascade' }),
    sessionTypeId: uuid('session_type_id').notNull().references(() => sessionTypes.id),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.sessionTypeId] })],
);

export const eventZonePrices = pgTable(
  'event_zone_prices',
  {
    eventId: uuid('event_id').notNull().references(() => events.id, { onDelete: 'cascade' }),
    zoneId: uuid('zone_id').notNull().references(() => zones.id, { onDelete: 'cascade' }),
    priceMinor: money('price_minor').notNull(),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.zoneId] })],
);

export const services = pgTable(
  'services',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    venueId: uuid('venue_id').notNull().references(() => venues.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: serviceKinds }).notNull(),
    name: text('name').notNull(),
    nameEn: text('name_en'),
    description: text('description').notNull().default(''),
    isEditable: boolean('is_editable').notNull().default(false),
    baseCostMinor: money('base_cost_minor').notNull().default(0),
    isDisableEditVisitObject: boolean('is_disable_edit_visit_object').notNull().default(false),
    isVisitObjectUseForCost: boolean('is_visit_object_use_for_cost').notNull().default(false),
    isDisableEditVisitor: boolean('is_disable_edit_visitor').notNull().default(false),
    isCategoryVisitorUseForCost: boolean('is_category_visitor_use_for_cost').notNull().default(false),
    isVisitorCountUseForCost: boolean('is_visitor_count_use_for_cost').notNull().default(false),
    isUseOneCategory: boolean('is_use_one_category').notNull().default(false),
    isNeedVisitDate: boolean('is_need_visit_date').notNull().default(false),
    isNeedVisitTime: boolean('is_need_visit_time').notNull().default(false),
    activeKindId: smallint('active_kind_id').notNull().default(1).$type<1 | 2 | 3>(),
    activeDays: integer('active_days'),
    dtBegin: instant('dt_begin'),
    dtEnd: instant('dt_end'),
    salesOpenAt: instant('sales_open_at'),
    salesCloseAt: instant('sales_close_at'),
    stock: integer('stock'),
    passVisits: integer('pass_visits'),
    passDays: integer('pass_days'),
    groupMin: integer('group_min'),
    groupMax: integer('group_max'),
    isActive: boolean('is_active').notNull().default(true),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [index('services_venue').on(t.venueId)],
);

export const serviceEvents = pgTable(
  'service_events',
  {
    serviceId: uuid('service_id').notNull().references(() => services.id, { onDelete: 'cascade' }),
    eventId: uuid('event_id').notNull().references(() => events.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.serviceId, t.eventId] })],
);

export const visitObjects = pgTable('visit_objects', {
  id: uuid('id').primaryKey().defaultRandom(),
  venueId: uuid('venue_id').notNull().references(() => venues.id, { onDelete: 'cascade' }),
  name: text('name').notNull(),
  nameEn: text('name_en'),
  description: text('description').notNull().default(''),
});

export const serviceVisitObjects = pgTable(
  'service_visit_objects',
  {
    serviceId: uuid('service_id').notNull().references(() => services.id, { onDelete: 'cascade' }),
    visitObjectId: uuid('visit_object_id').notNull().references(() => visitObjects.id, { onDelete: 'cascade' }),
    isRequire: boolean('is_require').notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.serviceId, t.visitObjectId] })],
);

export const visitorCategories = pgTable('visitor_categories', {
  id: uuid('id').primaryKey().defaultRandom(),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  nameEn: text('name_en'),
});

export const serviceVisitorCategories = pgTable(
  'service_visitor_categories',
  {
    serviceId: uuid('service_id').notNull().references(() => services.id, { onDelete: 'cascade' }),
    visitorCategoryId: uuid('visitor_category_id').notNull().references(() => visitorCategories.id),
    requireVisitorCount: integer('require_visitor_count'),
  },
  (t) => [primaryKey({ columns: [t.serviceId, t.visitorCategoryId] })],
);

export const servicePrices = pgTable(
  'service_prices',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    serviceId: uuid('service_id').notNull().references(() => services.id, { onDelete: 'cascade' }),
    visitObjectId: uuid('visit_object_id').references(() => visitObjects.id, { onDelete: 'cascade' }),
    visitorCategoryId: uuid('visitor_category_id').references(() => visitorCategories.id),
    priceMinor: money('price_minor').notNull(),
  },
  (t) => [unique().on(t.serviceId, t.visitObjectId, t.visitorCategoryId).nullsNotDistinct()],
);
