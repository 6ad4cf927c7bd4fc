import 'reflect-metadata';

export * from './organisation/enums.js';
export { Council } from './organisation/council.entity.js';
export { Directorate } from './organisation/directorate.entity.js';
export { Service } from './organisation/service.entity.js';
export { Person } from './organisation/person.entity.js';
export { CouncillorRole } from './organisation/councillor-role.entity.js';
export * from './indicators/enums.js';
export { Indicator } from './indicators/indicator.entity.js';
export { Target } from './indicators/target.entity.js';
export { BaseEntity } from './shared/base.entity.js';
export { entities } from './entities.js';
export { ormOptions, dialectOf, sqlitePath, type DatabaseSettings, type Dialect } from './mikro-orm.config.js';
export { openOrm, migrate, ormDialect, QueryCounter, type Orm, type Em } from './orm.js';
export * from './seeders/index.js';
export { createScratchPostgres } from './scratch-postgres.js';
