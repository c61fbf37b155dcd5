import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../../server/deps.ts';
import { idParams } from '../contracts/common.ts';
import {
  createFilmBody,
  createSessionTypeBody,
  filmListQuery,
  filmPage,
  filmView,
  sessionTypeList,
  sessionTypeListQuery,
  sessionTypeView,
  updateFilmBody,
  updateSessionTypeBody,
} from '../contracts/films.ts';
import { changeOf, managerOnly, managerSecurity, managerTags, publicRead, publicTags } from '../shared/route-helpers.ts';
import { createFilm } from './create-film.ts';
import { createSessionType } from './create-session-type.ts';
import { getFilm } from './get-film.ts';
import { listFilms } from './list-films.ts';
import { listSessionTypes } from './list-session-types.ts';
import { updateFilm } from './update-film.ts';
import { updateSessionType } from './update-session-type.ts';

const filmParams = idParams('filmId');
const manage = (summary: string) => ({ tags: managerTags, summary, security: managerSecurity });

export const filmRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  const db = deps.database.db;

  app.get('/films', { config: publicRead, schema: { tags: publicTags, summary: 'Films, by title', querystring: filmListQuery, response: { 200: filmPage } } }, (request) =>
    listFilms(db, request.query),
  );
  app.get('/films/:filmId', { config: publicRead, schema: { tags: publicTags, summary: 'A film', params: filmParams, response: { 200: filmView } } }, (request) =>
    getFilm(db, request.params.filmId),
  );
  app.get(
    '/session-types',
    { config: publicRead, schema: { tags: publicTags, summary: 'Session types with their coefficients and limits', querystring: sessionTypeListQuery, response: { 200: sessionTypeList } } },
    (request) => listSessionTypes(db, request.query),
  );

  app.post('/films', { config: managerOnly, schema: { ...manage('Add a film'), body: createFilmBody, response: { 201: filmView } } }, async (request, reply) =>
    reply.status(201).send(await createFilm(db, changeOf(request, deps), request.body)),
  );
  app.patch(
    '/films/:filmId',
    { config: managerOnly, schema: { ...manage('Change a film (its upcoming sessions follow a new duration)'), params: filmParams, body: updateFilmBody, response: { 200: filmView } } },
    (request) => updateFilm(db, changeOf(request, deps), request.params.filmId, request.body),
  );
  app.post(
    '/session-types',
    { config: managerOnly, schema: { ...manage('Add a session type'), body: createSessionTypeBody, response: { 201: sessionTypeView } } },
    async (request, reply) => reply.status(201).send(await createSessionType(db, changeOf(request, deps), request.body)),
  );
  app.patch(
    '/session-types/:sessionTypeId',
    { config: managerOnly, schema: { ...manage('Change a session type'), params: idParams('sessionTypeId'), body: updateSessionTypeBody, response: { 200: sessionTypeView } } },
    (request) => updateSessionType(db, changeOf(request, deps), request.params.sessionTypeId, request.body),
  );
};
