import type { GoalMessages } from './types.js';

/**
 * Russian messages for SMART findings. Import it only where Russian is needed and pass it as
 * `locale`; codes and data are the same in every language.
 * @example
 * import { goalMessagesRu } from 'funnel-math';
 * goalMessagesRu.locale; // => 'ru'
 * @category Goals
 */
export const goalMessagesRu: GoalMessages = /* @__PURE__ */ Object.freeze({
  locale: 'ru',
  findings: /* @__PURE__ */ Object.freeze({
    TITLE_MISSING: 'У цели нет названия; назовите её, чтобы все понимали, о чём она.',
    METRIC_MISSING: 'Цель не называет метрику; укажите, что измеряется (выручка, звонки, доля выигранных сделок, …).',
    METHOD_MISSING: 'Цель не говорит, как её достичь; добавьте способ, например «консультативные продажи основного продукта».',
    OWNER_MISSING: 'У цели нет ответственного; назовите человека или команду.',
    KIND_MISMATCH: '«{metric}» — метрика типа «{expected}», но цель отмечена как «{kind}».',
    TARGET_MISSING: 'У цели нет целевого значения; укажите число (5 000 000 USD) или изменение от базы (+10%).',
    TARGET_NOT_NUMERIC: 'Целевое значение {received} не число; напишите число, процент или изменение, например +10%.',
    TARGET_OUT_OF_RANGE: '«{metric}» не может достичь значения {target}: доля лежит между 0% и 100%, и ничто здесь не бывает меньше 0.',
    UNIT_MISSING: 'У целевого значения нет единицы; укажите валюту (USD) или то, что считается.',
    BASELINE_MISSING: 'Цель задана изменением ({change}), но нет базы, от которой считать; добавьте базовое значение и его период.',
    BASELINE_INVALID: 'База {received} не является числом от 0 и больше.',
    NO_CHANGE: 'Целевое значение равно базе ({baseline}): цель сохраняет текущий уровень.',
    ACHIEVABLE_UNCHECKED: 'Достижимость не проверена: дайте историю метрики или базовое значение.',
    GROWTH_UNDEFINED: 'Изменение с {baseline} до {target} нельзя измерить как рост (одно из значений равно 0), поэтому его нельзя сравнить с историей.',
    GROWTH_STRETCH: 'Цель требует изменения на {growth} (с {baseline} до {target}), а история говорит примерно о {expected}; это амбициозная цель (z = {z}).',
    GROWTH_ABOVE_HISTORY: 'Цель требует изменения на {growth} (с {baseline} до {target}), а история говорит примерно о {expected}; это далеко за пределами того, что было (z = {z}).',
    REALISTIC_UNCHECKED: 'Реалистичность не проверена по воронке и мощности: дайте воронку, её конверсии и мощность команды.',
    CAPACITY_TIGHT: 'Цели нужно {required} «{stage}» за {days} рабочих дн., это {share} от {available}, которые может команда: почти нет запаса на больничные и слабые недели.',
    CAPACITY_SHORTFALL: 'Цели нужно {required} «{stage}» за {days} рабочих дн., а команда может только {available}: не хватает {shortfall}.',
    CAPACITY_HIRES_NEEDED: 'Цели нужно {required} «{stage}» за {days} рабочих дн., а команда, по ожиданиям, сделает {expected}: нужно новых менеджеров: {hires}, с началом работы не позднее {latestStart}.',
    CAPACITY_HIRES_INFEASIBLE: 'Цели нужно {required} «{stage}» за {days} рабочих дн., команда, по ожиданиям, сделает {expected}, и ни один новый менеджер ничего не добавит к сроку: в первые месяцы ввод в должность ничего не даёт.',
    ASSUMED_RATE_ABOVE_ESTIMATE: 'При имеющейся мощности цель предполагает, что {assumed} из «{from}» станут «{to}», выше исторической оценки {estimate} (интервал от {lower} до {upper}).',
    ASSUMED_RATE_ABOVE_INTERVAL: 'При имеющейся мощности цель предполагает, что {assumed} из «{from}» станут «{to}», выше даже верхней границы исторического интервала (от {lower} до {upper}).',
    CHANNEL_WITHOUT_HISTORY: 'В канале «{channel}» нет прошлых результатов; цель в канале, где вы никогда не продавали, — это догадка.',
    TARGET_ALREADY_WON: 'Уже выиграно {won}, это достигает цели {target}; воронке больше нечего добавить.',
    PIPELINE_COVERAGE: 'Открытая воронка на {open} против {remaining}, которые ещё предстоит выиграть: покрытие {coverage}× (цель {target}, выиграно пока {won}).',
    FORECAST_LIKELY: 'Прогноз по воронке даёт вероятность {probability} достичь цели {target} к {deadline}: не меньше {warn}.',
    FORECAST_UNLIKELY: 'Прогноз по воронке даёт лишь вероятность {probability} достичь цели {target} к {deadline}, меньше {warn}: скажите, откуда придёт остальное.',
    FORECAST_VERY_UNLIKELY: 'Прогноз по воронке даёт лишь вероятность {probability} достичь цели {target} к {deadline}, меньше {fail}: воронка не вытянет эту цель.',
    FORECAST_BRACKET_LIKELY: 'Прогноз по воронке оценивает вероятность достичь цели {target} к {deadline} между {lower} и {upper} (границы, а не одно точное число); даже нижняя граница не меньше {warn}.',
    FORECAST_BRACKET_UNLIKELY: 'Прогноз по воронке оценивает вероятность достичь цели {target} к {deadline} между {lower} и {upper} (границы, а не одно точное число); даже верхняя граница меньше {warn}: скажите, откуда придёт остальное.',
    FORECAST_BRACKET_VERY_UNLIKELY: 'Прогноз по воронке оценивает вероятность достичь цели {target} к {deadline} между {lower} и {upper} (границы, а не одно точное число); даже верхняя граница меньше {fail}: воронка не вытянет эту цель.',
    FORECAST_BRACKET_UNDECIDED: 'Прогноз по воронке оценивает вероятность достичь цели {target} к {deadline} между {lower} и {upper} (границы, а не одно точное число); по ним нельзя сказать, достигает ли она {warn}.',
    TEAM_HIRES_NEEDED: 'Мощность команды по квотам до {deadline} составляет {capacity}, меньше цели {target}: нужно новых менеджеров: {hires}, с началом работы не позднее {latestStart}.',
    TEAM_HIRES_INFEASIBLE: 'Мощность команды по квотам до {deadline} составляет {capacity}, меньше цели {target}, и ни один новый менеджер не добавит мощности к этому сроку: в первые месяцы ввод в должность ничего не даёт.',
    START_MISSING: 'У цели нет даты начала; без неё нельзя оценить темп.',
    DEADLINE_MISSING: 'У цели нет срока; укажите дату, к которой она должна быть достигнута.',
    DATE_INVALID: '{field} {received} — не дата; напишите в виде ГГГГ-ММ-ДД (YYYY-MM-DD).',
    DEADLINE_NOT_AFTER_START: 'Срок {deadline} не позже даты начала {start}.',
    HORIZON_TOO_SHORT: 'Цель рассчитана на {days} дн.; меньше {min} дн. — это задача, а не цель.',
    HORIZON_TOO_LONG: 'Цель рассчитана на {days} дн.; больше {max} дн. — поставьте годовые цели, ведущие к ней.',
    CHECK_IN_MISSING: 'У цели нет графика проверок; укажите, как часто проверяется прогресс.',
    CHECK_IN_TOO_SPARSE: 'Проверка раз в {every} дн. даёт только {count} до срока; хотя бы {min} оставляют время исправить курс.',
    PERIOD_MISALIGNED: 'Цель идёт с {start} по {deadline}, а не на весь финансовый период своего уровня; период, в который она попадает, — с {periodStart} по {periodEnd}.',
  }),
  words: /* @__PURE__ */ Object.freeze({ activity: 'активность', outcome: 'результат', start: 'Дата начала', deadline: 'Срок' }),
});
