// The API site's shape, in one place (loaded by typedoc.json):
// - the two entry points are named as a consumer imports them ('funnel-math', 'funnel-math/sheets');
// - a type, constant or namespace without its own `@category` goes to the area of the folder it is
//   declared in, so the sidebar mirrors the README's table of areas and "Other" stays empty
//   (functions and classes carry their `@category` in their TSDoc; test/site/site.test.ts checks both);
// - each guide is titled by its first heading, up to the colon ("Planning", not "planning").
import { Comment, CommentTag, Converter, ReflectionKind } from 'typedoc';

/** The README's areas, in its order: the category names of the site. */
export const AREAS = [
  'Funnels and rates',
  'Planning',
  'Uncertainty',
  'Activity logs',
  'Warehouse',
  'Forecasting',
  'Team capacity',
  'KPIs',
  'Goals',
  'Presentation',
  'Spreadsheets',
  'Errors and messages',
];

/** Where each source folder (or top-level file) belongs. */
export const AREA_OF_FOLDER = {
  'numbers': 'Funnels and rates',
  'input': 'Funnels and rates',
  'funnel': 'Funnels and rates',
  'rates': 'Funnels and rates',
  'kind.ts': 'Funnels and rates',
  'plan': 'Planning',
  'calendar': 'Planning',
  'stats': 'Uncertainty',
  'special': 'Uncertainty',
  'events': 'Activity logs',
  'warehouse': 'Warehouse',
  'survival': 'Forecasting',
  'forecast': 'Forecasting',
  'team': 'Team capacity',
  'kpi': 'KPIs',
  'goals': 'Goals',
  'render': 'Presentation',
  'sheets': 'Spreadsheets',
  'global.ts': 'Spreadsheets',
  'errors.ts': 'Errors and messages',
  'schema.ts': 'Errors and messages',
  'messages': 'Errors and messages',
};

/** The name a consumer imports each entry point by. */
const ENTRY_NAMES = { 'src/index.ts': 'funnel-math', 'src/sheets/index.ts': 'funnel-math/sheets' };

/** `src/kpi/winRate.ts` → `kpi`; `src/errors.ts` → `errors.ts`. */
export function folderOf(packagePath) {
  const parts = packagePath.split('/');
  return parts[0] === 'src' ? parts[1] : undefined;
}

const FILLED = ReflectionKind.Interface | ReflectionKind.TypeAlias | ReflectionKind.Variable | ReflectionKind.Namespace | ReflectionKind.Enum | ReflectionKind.Class | ReflectionKind.Function;

function hasCategory(reflection) {
  const comments = [reflection.comment, ...(reflection.signatures ?? []).map((s) => s.comment)];
  return comments.some((c) => c?.blockTags.some((t) => t.tag === '@category'));
}

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    const project = context.project;
    for (const module of project.getReflectionsByKind(ReflectionKind.Module)) {
      const path = project.getSymbolIdFromReflection(module)?.packagePath;
      if (path && path in ENTRY_NAMES) module.name = ENTRY_NAMES[path];
    }
    for (const reflection of project.getReflectionsByKind(FILLED)) {
      if (!reflection.parent?.kindOf(ReflectionKind.Module | ReflectionKind.Project)) continue;
      if (hasCategory(reflection)) continue;
      const path = project.getSymbolIdFromReflection(reflection)?.packagePath;
      const area = path === undefined ? undefined : AREA_OF_FOLDER[folderOf(path)];
      if (area === undefined) continue; // left in "Other", where the category test finds it
      reflection.comment ??= new Comment();
      reflection.comment.blockTags.push(new CommentTag('@category', [{ kind: 'text', text: area }]));
    }
    for (const document of project.documents ?? []) {
      const heading = document.content.map((part) => part.text).join('').match(/^# (.+)$/m)?.[1];
      if (heading) document.name = heading.split(':')[0].trim();
    }
  });
}
