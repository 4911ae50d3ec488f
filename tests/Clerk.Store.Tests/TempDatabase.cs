global using Db = Clerk.Testing.Db;
global using TempDatabase = Clerk.Testing.TestDatabase;
global using BothDatabases = Clerk.Testing.BothDatabases;
