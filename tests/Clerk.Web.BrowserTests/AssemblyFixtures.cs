[assembly: AssemblyFixture(typeof(Clerk.Web.BrowserTests.ClerkServer))]
[assembly: AssemblyFixture(typeof(Clerk.Web.BrowserTests.Browser))]
