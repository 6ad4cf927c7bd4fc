/**
 * What the viewer may do with the organisation (`viewerCan` on Council, Directorate, Service and
 * Person), so the app shows only the actions the server would allow. Each answer asks
 * `access.mayWrite` for the write target the mutation's own `requireWrite` asks for
 * (organisation-writes.ts); never instead of the check.
 */
import { Ctx, Field, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import type { GqlContext } from '../../context.js';
import { PersonKind } from '@goldenthread/db';
import {
  councilWriteTarget,
  newServiceWriteTarget,
  peopleAdminTarget,
  personWriteTarget,
  serviceWriteTarget,
} from './organisation-writes.js';
import { CouncilNode, DirectorateNode, PersonNode, ServiceNode } from './organisation.type.js';
import { delegationWriteTarget } from '../delegation/delegation.writes.js';

@ObjectType('CouncilViewerCan', {
  description: 'What the viewer may do with the council (createDirectorate, createPerson, setMiResponsible).',
})
export class CouncilViewerCan {
  @Field(() => Boolean, { description: 'Add a directorate.' }) addDirectorate!: boolean;
  @Field(() => Boolean, { description: 'Add a person (administrators).' }) addPerson!: boolean;
  @Field(() => Boolean, { description: 'Name the senior manager responsible for management information.' }) setMiResponsible!: boolean;
}

@ObjectType('DirectorateViewerCan', {
  description: 'What the viewer may do with the directorate (updateDirectorate, deleteDirectorate, createService at its top level).',
})
export class DirectorateViewerCan {
  @Field(() => Boolean, { description: 'Rename it, change its code or director.' }) update!: boolean;
  @Field(() => Boolean, { description: 'Delete it (refused while it has services or people, unless cascade).' }) delete!: boolean;
  @Field(() => Boolean, { description: 'Add a service at its top level.' }) addService!: boolean;
}

@ObjectType('ServiceViewerCan', {
  description: 'What the viewer may do with the service or team (updateService, deleteService, setAccountableOwner, createService in it).',
})
export class ServiceViewerCan {
  @Field(() => Boolean, { description: 'Rename it or change its kind.' }) update!: boolean;
  @Field(() => Boolean, { description: 'Delete it (refused while it has teams or people, unless cascade).' }) delete!: boolean;
  @Field(() => Boolean, { description: 'Set or clear its accountable owner.' }) setAccountableOwner!: boolean;
  @Field(() => Boolean, { description: 'Add a team inside it.' }) addTeam!: boolean;
  @Field(() => Boolean, {
    description: "Delegate a council's power to a person over this service and its teams (delegate with a SERVICE scope).",
  })
  delegate!: boolean;
}

@ObjectType('PersonViewerCan', { description: 'What the viewer may do with the person (updatePerson, deletePerson).' })
export class PersonViewerCan {
  @Field(() => Boolean, { description: 'Change their record: job title, managers, placement, leaving date.' }) update!: boolean;
  @Field(() => Boolean, { description: 'Delete them (administrators; refused while they hold duties).' }) delete!: boolean;
  @Field(() => Boolean, {
    description: 'Give them an appraisal objective (createAppraisalObjective): their managers and administrators, for an officer.',
  })
  addAppraisalObjective!: boolean;
}

@Resolver(() => CouncilNode)
export class CouncilPermissionsResolver {
  @FieldResolver(() => CouncilViewerCan, { description: 'What the viewer may do in this council.' })
  async viewerCan(@Root() c: CouncilNode, @Ctx() ctx: GqlContext): Promise<CouncilViewerCan> {
    const council = await ctx.access.mayWrite(councilWriteTarget(c.dbId));
    const admin = await ctx.access.mayWrite(peopleAdminTarget(c.dbId));
    return { addDirectorate: council, addPerson: admin, setMiResponsible: council };
  }
}

@Resolver(() => DirectorateNode)
export class DirectoratePermissionsResolver {
  @FieldResolver(() => DirectorateViewerCan, { description: 'What the viewer may do with the directorate.' })
  async viewerCan(@Root() d: DirectorateNode, @Ctx() ctx: GqlContext): Promise<DirectorateViewerCan> {
    const council = await ctx.access.mayWrite(councilWriteTarget(d.councilId));
    const addService = await ctx.access.mayWrite(newServiceWriteTarget(d.councilId, d.dbId, null));
    return { update: council, delete: council, addService };
  }
}

@Resolver(() => ServiceNode)
export class ServicePermissionsResolver {
  @FieldResolver(() => ServiceViewerCan, { description: 'What the viewer may do with the service.' })
  async viewerCan(@Root() s: ServiceNode, @Ctx() ctx: GqlContext): Promise<ServiceViewerCan> {
    const write = await ctx.access.mayWrite(serviceWriteTarget(s.councilId, s.dbId));
    const addTeam = await ctx.access.mayWrite(newServiceWriteTarget(s.councilId, s.directorateId, s.dbId));
    const delegate = await ctx.access.mayWrite(delegationWriteTarget({ kind: 'SERVICE', id: s.dbId }, s.councilId));
    return { update: write, delete: write, setAccountableOwner: write, addTeam, delegate };
  }
}

@Resolver(() => PersonNode)
export class PersonPermissionsResolver {
  @FieldResolver(() => PersonViewerCan, { description: 'What the viewer may do with the person.' })
  async viewerCan(@Root() p: PersonNode, @Ctx() ctx: GqlContext): Promise<PersonViewerCan> {
    const update = await ctx.access.mayWrite(personWriteTarget(p.councilId, p.dbId));
    const remove = await ctx.access.mayWrite(peopleAdminTarget(p.councilId));
    return { update, delete: remove, addAppraisalObjective: update && p.kind === PersonKind.OFFICER };
  }
}
