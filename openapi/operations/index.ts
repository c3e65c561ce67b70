// Operation facts and schemas of the capability routes, one file per capability.
import { complaintOperations, complaintSchemas } from './complaints';
import { depositOperations, depositSchemas } from './deposits';
import { merchantOperations, merchantSchemas } from './merchants';
import { penaltyOperations, penaltySchemas } from './penalties';

export const capabilitySchemas = { ...merchantSchemas, ...depositSchemas, ...complaintSchemas, ...penaltySchemas };
export const capabilityOperations = { ...merchantOperations, ...depositOperations, ...complaintOperations, ...penaltyOperations };
