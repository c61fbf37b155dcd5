import type { Db } from '../../../server/db/types.ts';
import { createServiceUnits } from '../../inventory/index.ts';
import { addPrices, insertService, linkEvents, offerCategories, visitorCategory } from './demo-services.ts';
import type { SeededStadiumEvents } from './seed-stadium-events.ts';
import { addMinutes, venueTime } from './venue-time.ts';

const TIME_ZONE = 'Europe/Moscow';

/**
 * What the stadium sells besides single tickets: a bundle of two matches, the season
 * ticket, tours (single, and groups of exactly ten through a fixed visitor category),
 * fitness passes by visits and by days, souvenirs with stock, photo/video and rental.
 */
export async function seedStadiumServices(tx: Db, venueId: string, events: SeededStadiumEvents, now: Date): Promise<void> {
  const bundleId = await insertService(tx, venueId, {
    kind: 'bundle', name: 'Два матча: «Полярник» и «Метеор»', name_en: 'Two matches: Polyarnik and Meteor',
    description: 'Одно и то же место на двух ближайших домашних матчах.', base_cost_minor: 450_000,
  });
  const seasonId = await insertService(tx, venueId, {
    kind: 'season_ticket', name: 'Сезонный абонемент', name_en: 'Season ticket',
    description: 'Своё место на всех домашних матчах сезона.', base_cost_minor: 1_200_000,
  });
  await linkEvents(tx, bundleId, events.matchIds.slice(0, 2));
  await linkEvents(tx, seasonId, events.matchIds);

  // Tours run on dates and times the visitor picks within the next three months.
  const tourWindow = {
    is_need_visit_date: true, is_need_visit_time: true, active_kind_id: 3 as const,
    dt_begin: venueTime(now, TIME_ZONE, 0, '00:00').toISOString(),
    dt_end: addMinutes(venueTime(now, TIME_ZONE, 91, '00:00'), -1).toISOString(),
  };
  await insertService(tx, venueId, {
    kind: 'excursion', name: 'Экскурсия по стадиону', name_en: 'Stadium tour',
    description: 'Раздевалки, подтрибунные помещения, выход на поле и музей клуба. 90 минут.', base_cost_minor: 80_000, ...tourWindow,
  });
  const groupTourId = await insertService(tx, venueId, {
    kind: 'excursion', name: 'Групповая экскурсия по стадиону (10 человек)', name_en: 'Stadium group tour (10 people)',
    description: 'Экскурсия для группы ровно из десяти человек; цена за каждого участника.', base_cost_minor: 60_000,
    is_editable: true, is_disable_edit_visitor: true, is_category_visitor_use_for_cost: true, is_visitor_count_use_for_cost: true,
    group_min: 10, group_max: 10, ...tourWindow,
  });
  const group = await visitorCategory(tx, 'group', 'Группа', 'Group');
  await offerCategories(tx, groupTourId, [{ id: group, require: 10 }]);
  await addPrices(tx, groupTourId, [{ category: group, priceMinor: 55_000 }]);

  await insertService(tx, venueId, {
    kind: 'facility_pass', name: 'Фитнес-центр: 10 посещений', name_en: 'Fitness centre: 10 visits',
    description: 'Десять посещений тренажёрного зала и сауны в течение 60 дней с первого визита.',
    base_cost_minor: 350_000, pass_visits: 10, active_kind_id: 2, active_days: 60,
  });
  await insertService(tx, venueId, {
    kind: 'facility_pass', name: 'Фитнес-центр: безлимит на 30 дней', name_en: 'Fitness centre: 30 days unlimited',
    description: 'Тренажёрный зал и сауна без ограничения посещений 30 дней с оплаты.',
    base_cost_minor: 450_000, pass_days: 30, active_kind_id: 1, active_days: 30,
  });

  const goods = [
    { name: 'Шарф болельщика', name_en: 'Supporter scarf', base_cost_minor: 150_000, stock: 500 },
    { name: 'Игровая футболка', name_en: 'Replica shirt', base_cost_minor: 450_000, stock: 300 },
    { name: 'Кепка с логотипом', name_en: 'Logo cap', base_cost_minor: 120_000, stock: 200 },
  ];
  for (const good of goods) {
    const id = await insertService(tx, venueId, { kind: 'addon_good', description: 'Выдаётся в клубном магазине по номеру заказа.', ...good });
    await createServiceUnits(tx, id, good.stock);
  }
  const extras = [
    { name: 'Фото на поле', name_en: 'Photo on the pitch', description: 'Профессиональная фотосессия у кромки поля до матча.', base_cost_minor: 100_000 },
    { name: 'Видео с вашим поздравлением на табло', name_en: 'Your greeting on the big screen', description: 'Ролик до 15 секунд в перерыве.', base_cost_minor: 250_000 },
    { name: 'Прокат бинокля', name_en: 'Binoculars rental', description: 'На время мероприятия, под залог документа.', base_cost_minor: 50_000 },
    { name: 'Прокат пледа', name_en: 'Blanket rental', description: 'Тёплый плед на время мероприятия.', base_cost_minor: 30_000 },
  ];
  for (const extra of extras) await insertService(tx, venueId, { kind: 'addon_service', ...extra });
}
