import { testDatabaseTargets } from '../../test/db.ts';
import { describeDatabaseContract } from './database-contract.ts';

for (const target of testDatabaseTargets()) {
  describeDatabaseContract(target.kind, target.create);
}
