import { Field, ID, ObjectType } from 'type-graphql';
import { CouncillorRoleNode } from '../organisation/organisation.type.js';
import { PortfolioNode, StaffRoleNode, WardEnquiryNode } from './roles.type.js';

@ObjectType()
export class CouncillorRolePayload {
  @Field(() => CouncillorRoleNode) councillorRole!: CouncillorRoleNode;
}

@ObjectType()
export class PortfolioPayload {
  @Field(() => PortfolioNode) portfolio!: PortfolioNode;
}

@ObjectType()
export class PortfolioDeletePayload {
  @Field(() => ID) deletedId!: string;
}

@ObjectType()
export class StaffRolePayload {
  @Field(() => StaffRoleNode) staffRole!: StaffRoleNode;
}

@ObjectType()
export class WardEnquiryPayload {
  @Field(() => WardEnquiryNode) wardEnquiry!: WardEnquiryNode;
}
