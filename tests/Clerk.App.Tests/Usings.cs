global using Db = Clerk.Testing.Db;
global using BothDatabases = Clerk.Testing.BothDatabases;
