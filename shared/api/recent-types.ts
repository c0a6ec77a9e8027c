/** A project file the app opened before, as the start screen lists it. */
export interface RecentProject {
  path: string;
  productName: string;
  openedAt: string;
  exists: boolean;
}
