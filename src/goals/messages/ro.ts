import type { GoalMessages } from './types.js';

/**
 * Romanian messages for SMART findings. Import it only where Romanian is needed and pass it as
 * `locale`; codes and data are the same in every language.
 * @example
 * import { goalMessagesRo } from 'funnel-math';
 * goalMessagesRo.locale; // => 'ro'
 * @category Goals
 */
export const goalMessagesRo: GoalMessages = /* @__PURE__ */ Object.freeze({
  locale: 'ro',
  findings: /* @__PURE__ */ Object.freeze({
    TITLE_MISSING: 'Obiectivul nu are titlu; dați-i un nume ca toată lumea să știe despre ce este.',
    METRIC_MISSING: 'Obiectivul nu numește niciun indicator; spuneți ce se măsoară (venituri, apeluri, rata de câștig, …).',
    METHOD_MISSING: 'Obiectivul nu spune cum va fi atins; adăugați o metodă, de ex. „vânzare consultativă a produsului principal”.',
    OWNER_MISSING: 'Obiectivul nu are un responsabil; numiți persoana sau echipa.',
    KIND_MISMATCH: '„{metric}” este un indicator de tip {expected}, dar obiectivul este marcat ca {kind}.',
    TARGET_MISSING: 'Obiectivul nu are o țintă; dați un număr (5.000.000 USD) sau o schimbare față de o bază (+10%).',
    TARGET_NOT_NUMERIC: 'Ținta {received} nu este un număr; scrieți un număr, un procent sau o schimbare precum +10%.',
    TARGET_OUT_OF_RANGE: '„{metric}” nu poate ajunge la {target}: o rată este între 0% și 100%, iar nimic de aici nu este sub 0.',
    UNIT_MISSING: 'Ținta nu are unitate; spuneți moneda (USD) sau ce se numără.',
    BASELINE_MISSING: 'Ținta este o schimbare ({change}), dar nu există o bază de la care să se pornească; adăugați valoarea de bază și perioada ei.',
    BASELINE_INVALID: 'Baza {received} nu este un număr de 0 sau mai mare.',
    NO_CHANGE: 'Ținta este egală cu baza ({baseline}): obiectivul păstrează nivelul actual.',
    ACHIEVABLE_UNCHECKED: 'Realizabilitatea nu a fost verificată: dați istoricul indicatorului sau o bază.',
    GROWTH_UNDEFINED: 'O schimbare de la {baseline} la {target} nu poate fi măsurată ca creștere (una dintre valori este 0), deci nu poate fi comparată cu istoricul.',
    GROWTH_STRETCH: 'Ținta cere o schimbare de {growth} (de la {baseline} la {target}), iar istoricul sugerează circa {expected}; este un obiectiv ambițios (z = {z}).',
    GROWTH_ABOVE_HISTORY: 'Ținta cere o schimbare de {growth} (de la {baseline} la {target}), iar istoricul sugerează circa {expected}; este mult peste ce s-a realizat vreodată (z = {z}).',
    REALISTIC_UNCHECKED: 'Realismul nu a fost verificat față de pâlnie și capacitate: dați pâlnia, ratele ei și capacitatea echipei.',
    CAPACITY_TIGHT: 'Obiectivul cere {required} „{stage}” în {days} zile lucrătoare, adică {share} din cele {available} pe care le poate face echipa: puțin loc pentru concedii medicale sau săptămâni slabe.',
    CAPACITY_SHORTFALL: 'Obiectivul cere {required} „{stage}” în {days} zile lucrătoare, dar echipa poate face doar {available}: lipsesc {shortfall}.',
    CAPACITY_HIRES_NEEDED: 'Obiectivul cere {required} „{stage}” în {days} zile lucrătoare, iar echipa ar trebui să facă {expected}: agenți noi necesari: {hires}, care să înceapă cel târziu pe {latestStart}.',
    CAPACITY_HIRES_INFEASIBLE: 'Obiectivul cere {required} „{stage}” în {days} zile lucrătoare, echipa ar trebui să facă {expected}, și niciun agent nou nu adaugă nimic până la termen: perioada de acomodare nu dă nimic atât de devreme.',
    ASSUMED_RATE_ABOVE_ESTIMATE: 'Cu capacitatea disponibilă, obiectivul presupune că {assumed} din „{from}” devin „{to}”, peste estimarea istorică de {estimate} (interval {lower} – {upper}).',
    ASSUMED_RATE_ABOVE_INTERVAL: 'Cu capacitatea disponibilă, obiectivul presupune că {assumed} din „{from}” devin „{to}”, peste chiar capătul de sus al intervalului istoric ({lower} – {upper}).',
    CHANNEL_WITHOUT_HISTORY: 'Nu există rezultate anterioare pe canalul „{channel}”; un obiectiv pe un canal pe care nu ați vândut niciodată este o presupunere.',
    TARGET_ALREADY_WON: 'Deja câștigat: {won}, ceea ce atinge ținta {target}; pipeline-ul nu mai are nimic de adus.',
    PIPELINE_COVERAGE: 'Pipeline-ul deschis de {open} față de cei {remaining} rămași de câștigat: o acoperire de {coverage}× (ținta {target}, câștigat până acum {won}).',
    FORECAST_LIKELY: 'Prognoza pipeline-ului dă o șansă de {probability} de a atinge ținta {target} până la {deadline}: cel puțin {warn}.',
    FORECAST_UNLIKELY: 'Prognoza pipeline-ului dă doar o șansă de {probability} de a atinge ținta {target} până la {deadline}, sub {warn}: spuneți de unde va veni restul.',
    FORECAST_VERY_UNLIKELY: 'Prognoza pipeline-ului dă doar o șansă de {probability} de a atinge ținta {target} până la {deadline}, sub {fail}: pipeline-ul nu poate susține acest obiectiv.',
    FORECAST_BRACKET_LIKELY: 'Prognoza pipeline-ului plasează șansa de a atinge ținta {target} până la {deadline} între {lower} și {upper} (limite, nu un singur număr exact); chiar și limita inferioară este de cel puțin {warn}.',
    FORECAST_BRACKET_UNLIKELY: 'Prognoza pipeline-ului plasează șansa de a atinge ținta {target} până la {deadline} între {lower} și {upper} (limite, nu un singur număr exact); chiar și limita superioară este sub {warn}: spuneți de unde va veni restul.',
    FORECAST_BRACKET_VERY_UNLIKELY: 'Prognoza pipeline-ului plasează șansa de a atinge ținta {target} până la {deadline} între {lower} și {upper} (limite, nu un singur număr exact); chiar și limita superioară este sub {fail}: pipeline-ul nu poate susține acest obiectiv.',
    FORECAST_BRACKET_UNDECIDED: 'Prognoza pipeline-ului plasează șansa de a atinge ținta {target} până la {deadline} între {lower} și {upper} (limite, nu un singur număr exact); din ele nu se poate spune dacă este de cel puțin {warn}.',
    TEAM_HIRES_NEEDED: 'Capacitatea echipei după cote până în {deadline} este {capacity}, sub ținta {target}: agenți noi necesari: {hires}, care să înceapă cel târziu în {latestStart}.',
    TEAM_HIRES_INFEASIBLE: 'Capacitatea echipei după cote până în {deadline} este {capacity}, sub ținta {target}, și niciun agent nou nu adaugă capacitate până atunci: perioada de acomodare nu dă nimic atât de devreme.',
    START_MISSING: 'Obiectivul nu are dată de început; fără ea progresul nu poate fi urmărit în ritm.',
    DEADLINE_MISSING: 'Obiectivul nu are termen; dați data până la care trebuie atins.',
    DATE_INVALID: '{field} {received} nu este o dată; scrieți-o ca AAAA-LL-ZZ (YYYY-MM-DD).',
    DEADLINE_NOT_AFTER_START: 'Termenul {deadline} nu este după data de început {start}.',
    HORIZON_TOO_SHORT: 'Obiectivul acoperă {days} zile; sub {min} zile este o sarcină, nu un obiectiv.',
    HORIZON_TOO_LONG: 'Obiectivul acoperă {days} zile; peste {max} zile, stabiliți obiective anuale care duc la el.',
    CHECK_IN_MISSING: 'Obiectivul nu are un ritm de verificare; spuneți cât de des se analizează progresul.',
    CHECK_IN_TOO_SPARSE: 'O verificare la fiecare {every} zile permite doar {count} înainte de termen; cel puțin {min} lasă timp pentru corecții.',
    PERIOD_MISALIGNED: 'Obiectivul durează de la {start} la {deadline}, nu pe o perioadă fiscală întreagă a nivelului său; perioada în care se încadrează este de la {periodStart} la {periodEnd}.',
  }),
  words: /* @__PURE__ */ Object.freeze({ activity: 'activitate', outcome: 'rezultat', start: 'Data de început', deadline: 'Termenul' }),
});
