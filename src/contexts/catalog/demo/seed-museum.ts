import { sql } from 'drizzle-orm';
import type { Db } from '../../../server/db/types.ts';
import { insertId, insertMany } from './demo-sql.ts';
import { addPrices, insertService, offerCategories, visitorCategory } from './demo-services.ts';
import { addMinutes, venueTime } from './venue-time.ts';

export const MUSEUM_NAME = 'Музей истории Северного края';
const TIME_ZONE = 'Europe/Moscow';

const objects = {
  main: { name: 'Основная экспозиция', name_en: 'Main exhibition', description: 'Главное здание, залы 1–12: от первых поселений до наших дней.' },
  gallery: { name: 'Картинная галерея', name_en: 'Picture gallery', description: 'Второй этаж главного здания: живопись XVIII–XX веков.' },
  manor: { name: 'Усадьба купца Мельникова', name_en: 'Melnikov merchant manor', description: 'Отдельное здание во дворе музея, интерьеры XIX века.' },
  arctic: { name: 'Выставка «Полярные экспедиции»', name_en: 'Polar expeditions exhibition', description: 'Временная выставка в выставочном зале.' },
};

/**
 * The museum and one service per scenario of seed 002, each with a price table that
 * shows the formula: object × category rows, less specific rows, and the base cost
 * as the last fallback.
 */
export async function seedMuseum(tx: Db, now: Date): Promise<string> {
  const venueId = await insertId(
    tx,
    sql`insert into venues (kind, name, name_en, description, address, time_zone)
        values ('museum', ${MUSEUM_NAME}, 'Museum of the Northern Region', 'Краеведческий музей: основная экспозиция, галерея, усадьба и выставки.',
                'Москва, Музейный переулок, 5', ${TIME_ZONE})
        returning id`,
  );
  const objectIds = await insertMany(
    tx,
    (records) => sql`
      insert into visit_objects (venue_id, name, name_en, description)
      select ${venueId}::uuid, o.name, o.name_en, o.description
      from jsonb_to_recordset(${records}) as o(name text, name_en text, description text)
      returning id, name as key`,
    Object.values(objects),
  );
  const object = {
    main: objectIds.get(objects.main.name)!,
    gallery: objectIds.get(objects.gallery.name)!,
    manor: objectIds.get(objects.manor.name)!,
    arctic: objectIds.get(objects.arctic.name)!,
  };
  const category = {
    adult: await visitorCategory(tx, 'adult', 'Взрослый', 'Adult'),
    child: await visitorCategory(tx, 'child', 'Детский (до 14 лет)', 'Child (under 14)'),
    student: await visitorCategory(tx, 'student', 'Студенческий', 'Student'),
    pensioner: await visitorCategory(tx, 'pensioner', 'Пенсионный', 'Pensioner'),
    group: await visitorCategory(tx, 'group', 'Группа', 'Group'),
  };
  const attach = (serviceId: string, list: { id: string; require: boolean }[]) =>
    tx.execute(sql`
      insert into service_visit_objects (service_id, visit_object_id, is_require)
      select ${serviceId}::uuid, o.id, o.require from jsonb_to_recordset(${JSON.stringify(list)}::jsonb) as o(id uuid, require boolean)`);

  // 1. Fixed objects: the route is the two required objects; each object has its price per visitor.
  const route = await insertService(tx, venueId, {
    kind: 'excursion', name: 'Экскурсия по основной экспозиции', name_en: 'Main exhibition tour',
    description: 'Основная экспозиция и картинная галерея с экскурсоводом.', base_cost_minor: 40_000,
    is_editable: true, is_disable_edit_visit_object: true, is_visit_object_use_for_cost: true, is_visitor_count_use_for_cost: true,
    active_kind_id: 1, active_days: 30,
  });
  await attach(route, [{ id: object.main, require: true }, { id: object.gallery, require: true }]);
  await addPrices(tx, route, [{ object: object.main, priceMinor: 50_000 }, { object: object.gallery, priceMinor: 30_000 }]);

  // 2. Free choice of objects, priced object × category; the manor has one price for all; the rest falls back to base cost.
  const free = await insertService(tx, venueId, {
    kind: 'museum_visit', name: 'Свободное посещение музея', name_en: 'Free museum visit',
    description: 'Выберите здания и выставки сами. Билет действует 90 дней с первого посещения.', base_cost_minor: 30_000,
    is_editable: true, is_visit_object_use_for_cost: true, is_category_visitor_use_for_cost: true, is_visitor_count_use_for_cost: true,
    active_kind_id: 2, active_days: 90,
  });
  await attach(free, [{ id: object.main, require: false }, { id: object.gallery, require: false }, { id: object.manor, require: false }]);
  await offerCategories(tx, free, [{ id: category.adult }, { id: category.child }, { id: category.student }, { id: category.pensioner }]);
  await addPrices(tx, free, [
    { object: object.main, category: category.adult, priceMinor: 50_000 },
    { object: object.main, category: category.child, priceMinor: 20_000 },
    { object: object.main, category: category.student, priceMinor: 25_000 },
    { object: object.gallery, category: category.adult, priceMinor: 40_000 },
    { object: object.manor, priceMinor: 25_000 },
  ]);

  // 3. A group of exactly ten: the category and count are fixed; price per person × 10.
  const group = await insertService(tx, venueId, {
    kind: 'excursion', name: 'Групповая экскурсия', name_en: 'Group tour',
    description: 'Экскурсия для группы из 10 человек по основной экспозиции.', base_cost_minor: 45_000,
    is_editable: true, is_disable_edit_visitor: true, is_category_visitor_use_for_cost: true, is_visitor_count_use_for_cost: true,
    active_kind_id: 1, active_days: 30,
  });
  await offerCategories(tx, group, [{ id: category.group, require: 10 }]);
  await addPrices(tx, group, [{ category: category.group, priceMinor: 35_000 }]);

  // 4. One category per line, price by category regardless of the number of visitors; pensioners pay the base cost.
  const single = await insertService(tx, venueId, {
    kind: 'museum_visit', name: 'Индивидуальное посещение', name_en: 'Individual visit',
    description: 'Билет одной категории; цена не зависит от числа посетителей в строке.', base_cost_minor: 35_000,
    is_editable: true, is_category_visitor_use_for_cost: true, is_use_one_category: true,
    active_kind_id: 1, active_days: 30,
  });
  await offerCategories(tx, single, [{ id: category.adult }, { id: category.child }, { id: category.student }, { id: category.pensioner }]);
  await addPrices(tx, single, [
    { category: category.adult, priceMinor: 60_000 },
    { category: category.child, priceMinor: 30_000 },
    { category: category.student, priceMinor: 40_000 },
  ]);

  // 5. Date and time required, within the coming three months (ActiveKindId 3).
  const themed = await insertService(tx, venueId, {
    kind: 'excursion', name: 'Тематическая экскурсия «Полярные экспедиции»', name_en: 'Themed tour: polar expeditions',
    description: 'Экскурсия по временной выставке в выбранные день и час.', base_cost_minor: 90_000,
    is_editable: true, is_disable_edit_visit_object: true, is_category_visitor_use_for_cost: true, is_visitor_count_use_for_cost: true,
    is_need_visit_date: true, is_need_visit_time: true, active_kind_id: 3,
    dt_begin: venueTime(now, TIME_ZONE, 1, '00:00').toISOString(),
    dt_end: addMinutes(venueTime(now, TIME_ZONE, 92, '00:00'), -1).toISOString(),
  });
  await attach(themed, [{ id: object.arctic, require: true }]);
  await offerCategories(tx, themed, [{ id: category.adult }, { id: category.child }]);
  await addPrices(tx, themed, [{ category: category.adult, priceMinor: 90_000 }, { category: category.child, priceMinor: 45_000 }]);
  return venueId;
}
