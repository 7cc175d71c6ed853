/** Site-wide wiring for .astro files: the base-aware link helper and the navigation. */
import { withBase } from './lib/text/paths.ts';

export const SITE_NAME = '调解知识库';

export function href(path: string): string {
  return withBase(import.meta.env.BASE_URL, path);
}

export interface NavItem {
  label: string;
  path: string;
}

/** The sections of the site, in header order. */
export const NAV: NavItem[] = [
  { label: '法规文件', path: '/regulations/' },
  { label: '范围与原则', path: '/scope/' },
  { label: '程序与期限', path: '/procedures/' },
  { label: '案例库', path: '/cases/' },
  { label: '工具', path: '/tools/' },
  { label: '学习', path: '/study/' },
  { label: '搜索', path: '/search/' },
];
