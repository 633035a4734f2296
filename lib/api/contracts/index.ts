// Every /api/v1 contract, for the OpenAPI document and the RBAC and fuzz tests. Add new ones here.
import type { Contract } from '../contract';
import { accountDataContracts } from './account-data';
import { createAccount, disableAccount, enableAccount, getMe } from './accounts';
import { createApiKeyContract, listApiKeysContract, revokeApiKeyContract } from './api-keys';
import { listAuditContract } from './audit';
import { basketballContracts } from './basketball';
import { basketballLiveContracts } from './basketball-live';
import { footballContracts } from './football';
import { golfContracts } from './golf';
import { golfEventContracts } from './golf-events';
import { importContracts } from './imports';
import { invitationContracts } from './invitations';
import { leagueContracts } from './leagues';
import { mediaContracts } from './media';
import { notifyContracts } from './notify';
import { passwordResetContracts } from './password-resets';
import { predictionContracts } from './predictions';
import { predictionGameContracts } from './predictions-games';
import { predictionPlayerContracts } from './predictions-players';
import { trainingContracts } from './predictions-training';
import { roleGrantContracts } from './role-grants';
import { scheduleContracts } from './schedule';

export const allContracts: Contract[] = [
  createAccount,
  getMe,
  disableAccount,
  enableAccount,
  ...(passwordResetContracts as Contract[]),
  ...(accountDataContracts as Contract[]),
  ...(roleGrantContracts as Contract[]),
  createApiKeyContract,
  listApiKeysContract,
  revokeApiKeyContract,
  listAuditContract,
  ...(basketballContracts as Contract[]),
  ...(basketballLiveContracts as Contract[]),
  ...(importContracts as Contract[]),
  ...(golfContracts as Contract[]),
  ...(footballContracts as Contract[]),
  ...(golfEventContracts as Contract[]),
  ...(leagueContracts as Contract[]),
  ...(mediaContracts as Contract[]),
  ...(scheduleContracts as Contract[]),
  ...(notifyContracts as Contract[]),
  ...(invitationContracts as Contract[]),
  ...(predictionContracts as Contract[]),
  ...(predictionGameContracts as Contract[]),
  ...(trainingContracts as Contract[]),
  ...(predictionPlayerContracts as Contract[]),
];
