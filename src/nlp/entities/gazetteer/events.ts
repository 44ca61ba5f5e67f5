/** Awards, ceremonies, tournaments, wars and programmes news names like proper nouns: typed `other`. */
export const EVENTS = `
Oscars|Oscar|Academy Awards|Academy Award, Emmys|Emmy|Emmy Awards|Emmy Award, Grammys|Grammy|Grammy Awards,
Tony Awards|Tonys|Tony Award, Golden Globes|Golden Globe|Golden Globe Awards, BAFTA|BAFTAs, Nobel Prize,
Nobel Peace Prize, Pulitzer Prize|Pulitzer, Booker Prize, Olympics|Olympic Games|Winter Olympics|Summer Olympics,
Paralympics|Paralympic Games, World Cup, Super Bowl, World Series, Stanley Cup, NBA Finals, Tour de France,
Eurovision|Eurovision Song Contest, Cannes Film Festival, Sundance Film Festival|Sundance, Hajj, Holocaust,
World War I|First World War|WWI, World War II|Second World War|WWII, Cold War, Vietnam War, Gulf War, Iraq War,
Brexit, Obamacare, Medicare, Medicaid, COVID-19|Covid
`;
