import { lazy } from 'react';

/**
 * Every screen but the archive's front page, and the dialogs that need the
 * editor, the export or every time zone's name load on first use: the window's first script then
 * holds what the home screen needs (React, the router, the database) and
 * not Lexical, the markdown and YAML code or the search screen, which is
 * most of the app's code. Loaded from the app's own files, a chunk arrives
 * in milliseconds when a screen is first opened.
 */
export const ConferenceScreen = lazy(() => import('../screens/ConferenceScreen').then((module) => ({ default: module.ConferenceScreen })));
export const SessionScreen = lazy(() => import('../session/SessionScreen').then((module) => ({ default: module.SessionScreen })));
export const ActionsScreen = lazy(() => import('../actions/ActionsScreen').then((module) => ({ default: module.ActionsScreen })));
export const SearchScreen = lazy(() => import('../search/SearchScreen').then((module) => ({ default: module.SearchScreen })));
export const FacetIndexScreen = lazy(() => import('../browse/FacetIndexScreen').then((module) => ({ default: module.FacetIndexScreen })));
export const SpeakerScreen = lazy(() => import('../browse/SpeakerScreen').then((module) => ({ default: module.SpeakerScreen })));
export const TagScreen = lazy(() => import('../browse/TagScreen').then((module) => ({ default: module.TagScreen })));
export const SettingsScreen = lazy(() => import('../screens/SettingsScreen').then((module) => ({ default: module.SettingsScreen })));
export const TemplatesScreen = lazy(() => import('../templates/TemplatesScreen').then((module) => ({ default: module.TemplatesScreen })));
export const TemplateEditorScreen = lazy(() => import('../templates/TemplateEditorScreen').then((module) => ({ default: module.TemplateEditorScreen })));
export const NewConferenceDialog = lazy(() => import('../screens/NewConferenceDialog').then((module) => ({ default: module.NewConferenceDialog })));
export const NewSessionDialog = lazy(() => import('../screens/NewSessionDialog').then((module) => ({ default: module.NewSessionDialog })));
export const ExportDialog = lazy(() => import('../export/ExportDialog').then((module) => ({ default: module.ExportDialog })));
