import { Field, ID, ObjectType } from 'type-graphql';
import { CouncillorRoleNode } from '../organisation/organisation.type.js';
import { PortfolioNode, StaffRoleNode, WardEnquiryNode } from './roles.type.js';

@ObjectType({ description: 'The result of a councillor role mutation.' })
export class CouncillorRolePayload {
  @Field(() => CouncillorRoleNode, { description: 'The councillor role as stored after the mutation.' })
  councillorRole!: CouncillorRoleNode;
}

@ObjectType({ description: 'The result of a portfolio mutation.' })
export class PortfolioPayload {
  @Field(() => PortfolioNode, { description: 'The portfolio as stored after the mutation.' }) portfolio!: PortfolioNode;
}

@ObjectType({ description: 'The result of a portfolio delete mutation.' })
export class PortfolioDeletePayload {
  @Field(() => ID, { description: 'The deleted id as stored after the mutation.' }) deletedId!: string;
}

@ObjectType({ description: 'The result of a staff role mutation.' })
export class StaffRolePayload {
  @Field(() => StaffRoleNode, { description: 'The staff role as stored after the mutation.' }) staffRole!: StaffRoleNode;
}

@ObjectType({ description: 'The result of a ward enquiry mutation.' })
export class WardEnquiryPayload {
  @Field(() => WardEnquiryNode, { description: 'The ward enquiry as stored after the mutation.' }) wardEnquiry!: WardEnquiryNode;
}
